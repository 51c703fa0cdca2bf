#pragma once

#include <QWizardPage>

class QFormLayout;
class QLabel;
class QProgressBar;

namespace veldboek::gui {

struct ImportSession;

// Last page: writes the plan in one transaction with a progress bar, then says what came in.
// The writing stays in the GUI thread, which owns the register's database connection; the
// writer's progress callback (every 2,000 rows) lets the window repaint and the Cancel button
// work. Cancel rolls everything back.
class ImportRunPage : public QWizardPage
{
    Q_OBJECT

public:
    ImportRunPage(ImportSession &session, QWidget *parent = nullptr);

    void initializePage() override;
    bool isComplete() const override;

    bool isWriting() const { return m_writing; }
    void requestCancel() { m_cancelRequested = true; }

Q_SIGNALS:
    // Emitted from the writer's progress callback; tests cancel half-way through it.
    void progressed(int done, int total);
    void finished(bool written);

private:
    void write();
    void showSummary();

    ImportSession &m_session;
    QProgressBar *m_progress = nullptr;
    QLabel *m_status = nullptr;
    QWidget *m_counts = nullptr;
    QFormLayout *m_countsLayout = nullptr;
    QLabel *m_hint = nullptr;
    bool m_writing = false;
    bool m_done = false;
    bool m_cancelRequested = false;
};

} // namespace veldboek::gui
