#pragma once

#include "exchange/ColumnMapping.h"

#include <QList>
#include <QWizardPage>

class QComboBox;
class QGridLayout;
class QLabel;
class QPushButton;

namespace veldboek::gui {

struct ImportSession;

// Second page: which field each column of the file fills, one combo box per column. The core
// proposes the mapping (the one remembered for files with these columns, else by the column
// names, the fields' labels and aliases, or a guess), and each row says which; the user
// corrects it. Leaving the page has the core prepare the plan: values a
// spreadsheet has damaged keep the user here with the core's messages, nothing written.
class ImportMappingPage : public QWizardPage
{
    Q_OBJECT

public:
    ImportMappingPage(ImportSession &session, QWidget *parent = nullptr);

    void initializePage() override;
    bool validatePage() override;

private:
    void rebuild();
    void takeChoices();
    void showMessage(const QString &text);
    static QString sourceText(ColumnMapping::Source source);

    ImportSession &m_session;
    QGridLayout *m_grid = nullptr;
    QWidget *m_gridWidget = nullptr;
    QLabel *m_message = nullptr;
    QPushButton *m_propose = nullptr;
    QList<QComboBox *> m_combos; // per column of the header
    QList<QLabel *> m_sources;   // per column: where its field came from
};

} // namespace veldboek::gui
