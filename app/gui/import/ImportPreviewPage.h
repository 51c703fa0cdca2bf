#pragma once

#include <QWizardPage>

class QComboBox;
class QHBoxLayout;
class QLabel;
class QPushButton;
class QTableView;
class QWidget;

namespace veldboek {
class ImportPlan;
}

namespace veldboek::gui {

class ImportPreviewModel;
struct ImportSession;

// Third page: every row with its validation state before anything is written, and for rows
// that match a participant already registered the choice to update, skip or add (per row, or
// for all at once). Its Next button is "Import": after it there is no way back.
class ImportPreviewPage : public QWizardPage
{
    Q_OBJECT

public:
    ImportPreviewPage(ImportSession &session, QWidget *parent = nullptr);

    void initializePage() override;
    ImportPreviewModel *model() const { return m_model; }

private:
    // Parts of the page, made by the constructor.
    QHBoxLayout *makeFilterBar();
    void makeTable();
    QPushButton *makeMatchBar();
    void updateSummary();
    QString sourceText(const ImportPlan &plan) const;

    ImportSession &m_session;
    ImportPreviewModel *m_model = nullptr;
    QLabel *m_summary = nullptr;
    QLabel *m_source = nullptr;
    QLabel *m_ignored = nullptr;
    QComboBox *m_filter = nullptr;
    QTableView *m_table = nullptr;
    QWidget *m_matchBar = nullptr;
    QLabel *m_matchLabel = nullptr;
    QComboBox *m_choiceForAll = nullptr;
};

} // namespace veldboek::gui
