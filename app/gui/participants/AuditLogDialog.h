#pragma once

#include <QDialog>

namespace veldboek {
class Register;
}

namespace veldboek::gui {

// The audit log of one participant: every change, by whom and when, newest first.
class AuditLogDialog : public QDialog
{
    Q_OBJECT

public:
    AuditLogDialog(Register &reg, qint64 participantId, const QString &name,
                   QWidget *parent = nullptr);
};

} // namespace veldboek::gui
