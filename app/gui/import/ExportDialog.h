#pragma once

#include "ImportSession.h"

#include <QDialog>
#include <memory>

namespace Ui {
class ExportDialog;
}

namespace veldboek::gui {

// Writes a portal file (MDT, GAS, problem scores, CEM+ long) exactly as the core's PortalExport
// makes it, under the name the portal expects, or an Excel workbook with those same tables for
// the organisation's own use. The file appears whole or not at all.
class ExportDialog : public QDialog
{
    Q_OBJECT

public:
    // Format ids: the portal formats' ids (PortalFormat::ids) and "xlsx".
    static const QString XlsxFormat;

    ExportDialog(Register &reg, ValidatorFor validatorFor, QWidget *parent = nullptr);
    ~ExportDialog() override;

    // Shows the dialog modally; true when a file was written.
    static bool run(Register &reg, const ValidatorFor &validatorFor, QWidget *parent);

    // The file the dialog would write now.
    QString targetPath() const;
    QString writtenPath() const { return m_written; }

public Q_SLOTS:
    // Writes the file; stays open with the reason when that fails.
    void exportNow();

private:
    void proposeFileName();
    void browse();
    void showMessage(const QString &text);
    bool writePortalFile(const QString &formatId, const QString &path, QString *error);
    bool writeWorkbook(const QString &path, QString *error);
    QString organisation() const;

    std::unique_ptr<Ui::ExportDialog> m_ui;
    Register &m_register;
    ValidatorFor m_validatorFor;
    QString m_written;
};

} // namespace veldboek::gui
