#pragma once

#include <QWizardPage>
#include <memory>

namespace Ui {
class ImportFilePage;
}

namespace veldboek::gui {

struct ImportSession;

// First page: which file (and, for a workbook with several sheets, which sheet) and which kind
// of data it holds. Leaving the page reads the file; a file the core cannot read keeps the user
// here with the core's message.
class ImportFilePage : public QWizardPage
{
    Q_OBJECT

public:
    ImportFilePage(ImportSession &session, QWidget *parent = nullptr);
    ~ImportFilePage() override;

    bool isComplete() const override;
    bool validatePage() override;

private:
    void browse();
    void loadSheets();
    void showMessage(const QString &text);
    // The dataset whose columns the file's header matches best, asked of the core's mapping.
    QString bestDataset() const;

    std::unique_ptr<Ui::ImportFilePage> m_ui;
    ImportSession &m_session;
    QString m_sheetsOf; // the file whose sheets the combo box lists
};

} // namespace veldboek::gui
