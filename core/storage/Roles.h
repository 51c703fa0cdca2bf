#pragma once

#include <QString>
#include <optional>

namespace veldboek {

// Who may do what in a register with named users (issue 19; docs/storage.md, "Named users").
// The one definition of the roles: the command line (app/cli/RegisterOpener.cpp) and the window
// (app/gui/MainWindowMenus.cpp) both ask allows() and show refusal().
enum class Role { Beheerder, Invoerder, Zelfaanmelding };

enum class Action {
    Read,         // look at the register: tables, validation, figures already pulled
    EditData,     // participants and outcome data, import
    Export,       // files out of the register: exports, "save register as"
    Submit,       // submissions, withdrawals, pulling from the endpoint
    Backup,       // backups
    ManageUsers,  // add and remove users
    Kiosk,        // start the self-registration kiosk
    SelfRegLinks, // make, close and pull self-registration links on the endpoint
};

namespace roles {

// The stored and command-line name: "beheerder", "invoerder", "zelfaanmelding".
QString id(Role role);
std::optional<Role> fromId(QStringView id);
// The translated name for the window.
QString displayName(Role role);
bool allows(Role role, Action action);
// "Only a beheerder may export. Ask a beheerder of this register." (translated)
QString refusal(Action action);

} // namespace roles

} // namespace veldboek
