#pragma once

#include "validation/ValidationReport.h"

#include <QTreeWidget>
#include <functional>

namespace veldboek::gui {

// The endpoint's technical-check report as a tree, the same after Submit (SubmitDialog) and in
// the submission history (SubmissionHistoryWindow): per dataset first what was received (rows
// read, imported, values cleared, warnings), then per rule its count and message with its rows
// below it. Activating a row (double-click or Enter) emits participantRequested when the caller
// could say which participant the row is (the package of this session's submission).
class SubmissionReportView : public QTreeWidget
{
    Q_OBJECT
public:
    explicit SubmissionReportView(QWidget *parent = nullptr);

    // `participantFor(dataset, line)` gives the participant of a report row, 0 when unknown.
    using ParticipantLookup = std::function<qint64(const QString &dataset, int line)>;
    void showReports(const QList<ValidationReport> &reports,
                     const ParticipantLookup &participantFor = {});

    // One line per dataset in the user's language: "30 rows read, 30 imported, 2 values cleared,
    // 1 warning". Also the command line's `history` prints it.
    static QString receivedText(const DatasetReport &dataset);
    // Values the endpoint dropped (errors in optional fields) and warnings, counted per finding.
    static int clearedValues(const DatasetReport &dataset);
    static int warnings(const DatasetReport &dataset);

signals:
    // `field` is the field the rule names in its dataset; empty when the rule names none.
    void participantRequested(qint64 participantId, const QString &field);
};

} // namespace veldboek::gui
