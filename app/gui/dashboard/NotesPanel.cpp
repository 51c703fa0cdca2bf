#include "NotesPanel.h"

#include "Localization.h"
#include "storage/DashboardRepository.h"
#include "storage/Register.h"

#include <QDate>
#include <QGroupBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTextDocument>
#include <QVBoxLayout>
#include <algorithm>

namespace veldboek::gui {

NotesPanel::NotesPanel(Register &reg, QWidget *parent)
    : QWidget(parent)
    , m_register(reg)
    , m_box(new QGroupBox(this))
    , m_recognise(new QPlainTextEdit(this))
    , m_explain(new QPlainTextEdit(this))
    , m_value(new QPlainTextEdit(this))
    , m_improve(new QPlainTextEdit(this))
    , m_saved(new QLabel(this))
{
    const QList<std::pair<QPlainTextEdit *, QString>> questions{
        {m_recognise, tr("Do we recognise these outcomes?")},
        {m_explain, tr("Can we explain them?")},
        {m_value, tr("What do we think of them?")},
        {m_improve, tr("What should we improve?")}};
    const QStringList names{QStringLiteral("notesRecognise"), QStringLiteral("notesExplain"),
                            QStringLiteral("notesValue"), QStringLiteral("notesImprove")};
    m_box->setObjectName(QStringLiteral("notesBox"));
    auto *boxLayout = new QVBoxLayout(m_box);
    for (qsizetype i = 0; i < questions.size(); ++i) {
        QPlainTextEdit *edit = questions.at(i).first;
        edit->setObjectName(names.at(i));
        edit->setMaximumHeight(60);
        auto *label = new QLabel(questions.at(i).second, m_box);
        // The question is the box's name for a screen reader, as it is for the eye.
        label->setBuddy(edit);
        edit->setAccessibleName(questions.at(i).second);
        boxLayout->addWidget(label);
        boxLayout->addWidget(edit);
    }
    auto *saveButton = new QPushButton(tr("Save notes"), m_box);
    saveButton->setObjectName(QStringLiteral("saveNotes"));
    m_saved->setObjectName(QStringLiteral("notesSaved"));
    connect(saveButton, &QPushButton::clicked, this, &NotesPanel::save);
    boxLayout->addWidget(saveButton, 0, Qt::AlignLeft);
    boxLayout->addWidget(m_saved);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_box);
}

NotesPanel::~NotesPanel()
{
    if (hasChanges())
        save();
}

QList<QPlainTextEdit *> NotesPanel::edits() const
{
    return {m_recognise, m_explain, m_value, m_improve};
}

bool NotesPanel::hasChanges() const
{
    const QList<QPlainTextEdit *> all = edits();
    return !m_period.isEmpty() && std::any_of(all.cbegin(), all.cend(), [](QPlainTextEdit *edit) {
        return edit->document()->isModified();
    });
}

void NotesPanel::setPeriod(const QString &period)
{
    if (hasChanges())
        save();
    m_period = period;
    const QDate start = QDate::fromString(period, Qt::ISODate);
    m_box->setTitle(
        tr("Discussion of the period from %1").arg(start.isValid() ? shownDate(start) : period));
    const PeriodNotes notes = DashboardRepository(m_register).notes(period);
    m_recognise->setPlainText(notes.recognise);
    m_explain->setPlainText(notes.explain);
    m_value->setPlainText(notes.value);
    m_improve->setPlainText(notes.improve);
    for (QPlainTextEdit *edit : edits())
        edit->document()->setModified(false);
    m_saved->clear();
}

bool NotesPanel::save()
{
    const PeriodNotes notes{m_recognise->toPlainText(), m_explain->toPlainText(),
                            m_value->toPlainText(), m_improve->toPlainText()};
    const bool ok = DashboardRepository(m_register).setNotes(m_period, notes);
    if (ok) {
        for (QPlainTextEdit *edit : edits())
            edit->document()->setModified(false);
    }
    m_saved->setText(ok ? tr("Saved in the register.")
                        : tr("Not saved: %1").arg(m_register.lastError().message()));
    return ok;
}

} // namespace veldboek::gui
