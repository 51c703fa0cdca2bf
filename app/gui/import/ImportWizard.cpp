#include "ImportWizard.h"

#include "ImportFilePage.h"
#include "ImportMappingPage.h"
#include "ImportPreviewPage.h"
#include "ImportRunPage.h"

#include <QAbstractButton>

namespace veldboek::gui {

ImportWizard::ImportWizard(Register &reg, ValidatorFor validatorFor, QWidget *parent)
    : QWizard(parent)
    , m_session(std::make_unique<ImportSession>(reg, std::move(validatorFor)))
{
    setObjectName(QStringLiteral("importWizard"));
    setWindowTitle(tr("Import"));
    // The same look on every platform, with room for the preview table.
    setWizardStyle(QWizard::ModernStyle);
    setOption(QWizard::NoBackButtonOnLastPage, true);
    setButtonText(QWizard::FinishButton, tr("&Close"));
    m_filePage = new ImportFilePage(*m_session, this);
    m_mappingPage = new ImportMappingPage(*m_session, this);
    m_previewPage = new ImportPreviewPage(*m_session, this);
    m_runPage = new ImportRunPage(*m_session, this);
    setPage(FilePage, m_filePage);
    setPage(MappingPage, m_mappingPage);
    setPage(PreviewPage, m_previewPage);
    setPage(RunPage, m_runPage);
    setStartId(FilePage);
    // Once written, there is nothing left to cancel: the last page only closes.
    connect(m_runPage, &ImportRunPage::finished, this,
            [this] { button(QWizard::CancelButton)->setEnabled(false); });
    resize(900, 640);
}

ImportWizard::~ImportWizard()
{
    // Hidden while the session still exists: closing an open editor in the preview commits its
    // choice into the plan, which the session owns.
    hide();
}

bool ImportWizard::run(Register &reg, const ValidatorFor &validatorFor, QWidget *parent)
{
    ImportWizard wizard(reg, validatorFor, parent);
    wizard.exec();
    return wizard.imported();
}

bool ImportWizard::imported() const
{
    return m_session->outcome && m_session->outcome->imported > 0;
}

bool ImportWizard::isWriting() const
{
    return m_runPage->isWriting();
}

void ImportWizard::reject()
{
    if (m_runPage->isWriting()) {
        m_runPage->requestCancel();
        return;
    }
    QWizard::reject();
}

} // namespace veldboek::gui
