#pragma once

#include <QWidget>

class QGroupBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;

namespace veldboek {
class Register;
} // namespace veldboek

namespace veldboek::gui {

// The notes on one period's figures: the four questions of the Kwaliteitskompas (do we
// recognise them, can we explain them, what do we think of them, what should we improve),
// saved in the encrypted register. Notes typed and not saved yet are saved when the panel shows
// another period (the figures were reloaded) or goes away (its window closed): never lost.
class NotesPanel : public QWidget
{
    Q_OBJECT
public:
    explicit NotesPanel(Register &reg, QWidget *parent = nullptr);
    ~NotesPanel() override;

    void setPeriod(const QString &period);
    QString period() const { return m_period; }
    bool save();
    bool hasChanges() const;

private:
    QList<QPlainTextEdit *> edits() const;

    Register &m_register;
    QString m_period;
    QGroupBox *m_box;
    QPlainTextEdit *m_recognise;
    QPlainTextEdit *m_explain;
    QPlainTextEdit *m_value;
    QPlainTextEdit *m_improve;
    QLabel *m_saved;
};

} // namespace veldboek::gui
