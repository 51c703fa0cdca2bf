#include "Roles.h"

#include <QCoreApplication>

namespace veldboek::roles {

QString id(Role role)
{
    switch (role) {
    case Role::Beheerder:
        return QStringLiteral("beheerder");
    case Role::Invoerder:
        return QStringLiteral("invoerder");
    case Role::Zelfaanmelding:
        return QStringLiteral("zelfaanmelding");
    }
    return {};
}

std::optional<Role> fromId(QStringView id)
{
    for (const Role role : {Role::Beheerder, Role::Invoerder, Role::Zelfaanmelding}) {
        if (id == roles::id(role))
            return role;
    }
    return std::nullopt;
}

QString displayName(Role role)
{
    switch (role) {
    case Role::Beheerder:
        return QCoreApplication::translate("Roles", "administrator (beheerder)");
    case Role::Invoerder:
        return QCoreApplication::translate("Roles", "data entry (invoerder)");
    case Role::Zelfaanmelding:
        return QCoreApplication::translate("Roles", "self-registration (zelfaanmelding)");
    }
    return {};
}

bool allows(Role role, Action action)
{
    switch (role) {
    case Role::Beheerder:
        return true;
    case Role::Invoerder:
        return action == Action::Read || action == Action::EditData || action == Action::Kiosk;
    case Role::Zelfaanmelding:
        return action == Action::Kiosk;
    }
    return false;
}

QString refusal(Action action)
{
    switch (action) {
    case Action::Read:
    case Action::EditData:
        return QCoreApplication::translate(
            "Roles", "Your role may only use the self-registration kiosk of this register. Ask "
                     "a beheerder or invoerder.");
    case Action::Export:
        return QCoreApplication::translate(
            "Roles", "Only a beheerder may export from this register. Ask a beheerder.");
    case Action::Submit:
        return QCoreApplication::translate(
            "Roles", "Only a beheerder may submit or withdraw. Ask a beheerder.");
    case Action::Backup:
        return QCoreApplication::translate(
            "Roles", "Only a beheerder may make backups of this register. Ask a beheerder.");
    case Action::ManageUsers:
        return QCoreApplication::translate(
            "Roles", "Only a beheerder may add or remove users. Ask a beheerder.");
    case Action::SelfRegLinks:
        return QCoreApplication::translate("Roles", "Only a beheerder may make, close or pull "
                                                    "self-registration links. Ask a beheerder.");
    case Action::Kiosk:
        return QCoreApplication::translate("Roles",
                                           "Only a beheerder or invoerder may start the kiosk.");
    }
    return {};
}

} // namespace veldboek::roles
