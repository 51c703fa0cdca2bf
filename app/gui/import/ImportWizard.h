#pragma once

#include "ImportSession.h"

#include <QWizard>
#include <memory>

namespace veldboek::gui {

class ImportFilePage;
class ImportMappingPage;
class ImportPreviewPage;
class ImportRunPage;

// Brings a CSV file or an Excel workbook into the register: the file and dataset, the column
// mapping, a preview of every row with its validation state and the choice for rows that match
// a participant already registered, then the import as one transaction with progress and
// cancel, and a summary. Every decision is the core's (ImportSource, ColumnMapping, ImportPlan,
// ImportWriter), exactly as `veldboek-cli import` makes it; the wizard only shows and asks.
class ImportWizard : public QWizard
{
    Q_OBJECT

public:
    enum PageId { FilePage, MappingPage, PreviewPage, RunPage };

    ImportWizard(Register &reg, ValidatorFor validatorFor, QWidget *parent = nullptr);
    ~ImportWizard() override;

    // Shows the wizard modally; true when rows were written, so the caller reloads its table.
    static bool run(Register &reg, const ValidatorFor &validatorFor, QWidget *parent);

    ImportSession &session() { return *m_session; }
    bool imported() const;
    bool isWriting() const;

public Q_SLOTS:
    // While the import writes, Cancel (and Esc, and closing the window) asks the writer to stop
    // and roll back; the wizard stays open to say so.
    void reject() override;

private:
    std::unique_ptr<ImportSession> m_session;
    ImportFilePage *m_filePage = nullptr;
    ImportMappingPage *m_mappingPage = nullptr;
    ImportPreviewPage *m_previewPage = nullptr;
    ImportRunPage *m_runPage = nullptr;
};

} // namespace veldboek::gui
