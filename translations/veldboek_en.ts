<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>CommandLine</name>
    <message>
        <source>--passphrase-file needs the name of a file.</source>
        <translation>--passphrase-file needs the name of a file.</translation>
    </message>
    <message>
        <source>Unknown option: %1</source>
        <translation>Unknown option: %1</translation>
    </message>
    <message>
        <source>Give at most one register.</source>
        <translation>Give at most one register.</translation>
    </message>
    <message>
        <source>--passphrase-file needs a register to open.</source>
        <translation>--passphrase-file needs a register to open.</translation>
    </message>
    <message>
        <source>Usage: veldboek [REGISTER] [--passphrase-file FILE] [--lang nl|en]
Opens the register, or the register used last. Without --passphrase-file the key comes from the keychain, or Veldboek asks for the passphrase.</source>
        <translation>Usage: veldboek [REGISTER] [--passphrase-file FILE] [--lang nl|en]
Opens the register, or the register used last. Without --passphrase-file the key comes from the keychain, or Veldboek asks for the passphrase.</translation>
    </message>
    <message>
        <source>Cannot read the passphrase file %1: %2</source>
        <translation>Cannot read the passphrase file %1: %2</translation>
    </message>
    <message>
        <source>The passphrase file %1 is empty.</source>
        <translation>The passphrase file %1 is empty.</translation>
    </message>
</context>
<context>
    <name>CreateRegisterDialog</name>
    <message>
        <source>New register</source>
        <translation>New register</translation>
    </message>
    <message>
        <source>A register is an encrypted file on this computer. Choose where to save it and how its key is kept.</source>
        <translation>A register is an encrypted file on this computer. Choose where to save it and how its key is kept.</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;File:</translation>
    </message>
    <message>
        <source>Register file</source>
        <translation>Register file</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Browse…</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Key</translation>
    </message>
    <message>
        <source>Keep the key in the &amp;keychain of this computer (recommended)</source>
        <translation>Keep the key in the &amp;keychain of this computer (recommended)</translation>
    </message>
    <message>
        <source>Protect the register with a &amp;passphrase</source>
        <translation>Protect the register with a &amp;passphrase</translation>
    </message>
    <message>
        <source>Passp&amp;hrase:</source>
        <translation>Passp&amp;hrase:</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <source>&amp;Repeat passphrase:</source>
        <translation>&amp;Repeat passphrase:</translation>
    </message>
    <message>
        <source>Repeat passphrase</source>
        <translation>Repeat passphrase</translation>
    </message>
    <message>
        <source>At least 8 characters. Keep the passphrase safe: without it nobody can open the register, Veldboek included.</source>
        <translation>At least 8 characters. Keep the passphrase safe: without it nobody can open the register, Veldboek included.</translation>
    </message>
    <message>
        <source>Error message</source>
        <translation>Error message</translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation>&amp;Create</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>No register is open. Open an existing register, or create a new one.</source>
        <translation>No register is open. Open an existing register, or create a new one.</translation>
    </message>
    <message>
        <source>&amp;Open register…</source>
        <translation>&amp;Open register…</translation>
    </message>
    <message>
        <source>&amp;New register…</source>
        <translation>&amp;New register…</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Participants</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Recent registers</source>
        <translation>&amp;Recent registers</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Open…</translation>
    </message>
    <message>
        <source>&amp;Close register</source>
        <translation>&amp;Close register</translation>
    </message>
    <message>
        <source>&amp;Clear list</source>
        <translation>&amp;Clear list</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
</context>
<context>
    <name>RegisterError</name>
    <message>
        <source>The register %1 does not exist. Check the path, or create a new register.</source>
        <translation>The register %1 does not exist. Check the path, or create a new register.</translation>
    </message>
    <message>
        <source>%1 already exists. Choose another file name; Veldboek never overwrites a file.</source>
        <translation>%1 already exists. Choose another file name; Veldboek never overwrites a file.</translation>
    </message>
    <message>
        <source>%1 is not a Veldboek register. Choose the register file (usually ending in .veldboek).</source>
        <translation>%1 is not a Veldboek register. Choose the register file (usually ending in .veldboek).</translation>
    </message>
    <message>
        <source>%1 is an unencrypted database, not a Veldboek register. Veldboek only opens encrypted registers; import the data instead.</source>
        <translation>%1 is an unencrypted database, not a Veldboek register. Veldboek only opens encrypted registers; import the data instead.</translation>
    </message>
    <message>
        <source>The register %1 is incomplete (the file was cut short, for example by an interrupted copy). Restore it from a backup.</source>
        <translation>The register %1 is incomplete (the file was cut short, for example by an interrupted copy). Restore it from a backup.</translation>
    </message>
    <message>
        <source>The register %1 could not be unlocked: the passphrase or key is wrong. Check the passphrase (mind Caps Lock) and try again.</source>
        <translation>The register %1 could not be unlocked: the passphrase or key is wrong. Check the passphrase (mind Caps Lock) and try again.</translation>
    </message>
    <message>
        <source>The keychain holds no key for the register %1. If the register is protected by a passphrase, open it with the passphrase; otherwise restore it from a backup.</source>
        <translation>The keychain holds no key for the register %1. If the register is protected by a passphrase, open it with the passphrase; otherwise restore it from a backup.</translation>
    </message>
    <message>
        <source>No keychain is available on this computer (%1). Protect the register with a passphrase instead.</source>
        <translation>No keychain is available on this computer (%1). Protect the register with a passphrase instead.</translation>
    </message>
    <message>
        <source>The register %1 was made by a newer version of Veldboek. Update Veldboek to open it; the file has not been changed.</source>
        <translation>The register %1 was made by a newer version of Veldboek. Update Veldboek to open it; the file has not been changed.</translation>
    </message>
    <message>
        <source>The register %1 cannot be written: the file or its folder is read-only. Copy it to a folder where you may write, or change its permissions.</source>
        <translation>The register %1 cannot be written: the file or its folder is read-only. Copy it to a folder where you may write, or change its permissions.</translation>
    </message>
    <message>
        <source>The disk is full while writing %1. Free some space and try again; nothing that was saved before has been lost.</source>
        <translation>The disk is full while writing %1. Free some space and try again; nothing that was saved before has been lost.</translation>
    </message>
    <message>
        <source>The register %1 is damaged (%2). Restore it from a backup.</source>
        <translation>The register %1 is damaged (%2). Restore it from a backup.</translation>
    </message>
    <message>
        <source>The backup %1 could not be unlocked: the backup passphrase is wrong, or the file is not a Veldboek backup. Nothing has been written.</source>
        <translation>The backup %1 could not be unlocked: the backup passphrase is wrong, or the file is not a Veldboek backup. Nothing has been written.</translation>
    </message>
    <message>
        <source>Could not read or write %1: %2.</source>
        <translation>Could not read or write %1: %2.</translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <source>Open register</source>
        <translation>Open register</translation>
    </message>
    <message>
        <source>Enter the passphrase of the register.</source>
        <translation>Enter the passphrase of the register.</translation>
    </message>
    <message>
        <source>&amp;Register:</source>
        <translation>&amp;Register:</translation>
    </message>
    <message>
        <source>Register file</source>
        <translation>Register file</translation>
    </message>
    <message>
        <source>Other &amp;file…</source>
        <translation>Other &amp;file…</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Passphrase:</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <source>Error message</source>
        <translation>Error message</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Open</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <source>A backup needs its own passphrase: --backup-passphrase-file B</source>
        <translation>A backup needs its own passphrase: --backup-passphrase-file B</translation>
    </message>
    <message>
        <source>Wrote the encrypted backup %1.</source>
        <translation>Wrote the encrypted backup %1.</translation>
    </message>
    <message>
        <source>Restored %1 into the new register %2.</source>
        <translation>Restored %1 into the new register %2.</translation>
    </message>
    <message>
        <source>Cannot read the passphrase file %1: %2</source>
        <translation>Cannot read the passphrase file %1: %2</translation>
    </message>
    <message>
        <source>The passphrase file %1 is empty.</source>
        <translation>The passphrase file %1 is empty.</translation>
    </message>
    <message>
        <source>Usage: veldboek-cli %1</source>
        <translation>Usage: veldboek-cli %1</translation>
    </message>
    <message>
        <source>--demo takes a number of participants, for example --demo 200</source>
        <translation>--demo takes a number of participants, for example --demo 200</translation>
    </message>
    <message>
        <source>Created the register %1; its key is in the keychain.</source>
        <translation>Created the register %1; its key is in the keychain.</translation>
    </message>
    <message>
        <source>Created the register %1, protected by the passphrase.</source>
        <translation>Created the register %1, protected by the passphrase.</translation>
    </message>
    <message numerus="yes">
        <source>Added %n demo participant(s).</source>
        <translation>
            <numerusform>Added %n demo participant.</numerusform>
            <numerusform>Added %n demo participants.</numerusform>
        </translation>
    </message>
    <message>
        <source>Usage: veldboek-cli COMMAND [ARGUMENTS] [--lang nl|en]</source>
        <translation>Usage: veldboek-cli COMMAND [ARGUMENTS] [--lang nl|en]</translation>
    </message>
    <message>
        <source>Unknown command: %1</source>
        <translation>Unknown command: %1</translation>
    </message>
</context>
<context>
    <name>veldboek::ValidationReport</name>
    <message>
        <source>Technische controle</source>
        <comment>Technical check</comment>
        <translation>Technical check</translation>
    </message>
    <message>
        <source>ronde</source>
        <comment>round</comment>
        <translation>round</translation>
    </message>
    <message>
        <source>Resultaat</source>
        <comment>Result</comment>
        <translation>Result</translation>
    </message>
    <message>
        <source>goedgekeurd</source>
        <comment>approved</comment>
        <translation>approved</translation>
    </message>
    <message>
        <source>afgekeurd</source>
        <comment>rejected</comment>
        <translation>rejected</translation>
    </message>
    <message>
        <source>Gegevensset</source>
        <comment>Dataset</comment>
        <translation>Dataset</translation>
    </message>
    <message>
        <source>Regels gelezen</source>
        <comment>Lines read</comment>
        <translation>Rows read</translation>
    </message>
    <message>
        <source>leeg</source>
        <comment>empty</comment>
        <translation>empty</translation>
    </message>
    <message>
        <source>kopregel</source>
        <comment>header</comment>
        <translation>header</translation>
    </message>
    <message>
        <source>gegevens</source>
        <comment>data</comment>
        <translation>data</translation>
    </message>
    <message>
        <source>Geïmporteerd en gevalideerd</source>
        <comment>Imported and validated</comment>
        <translation>Imported and validated</translation>
    </message>
    <message>
        <source>Fout en niet geïmporteerd</source>
        <comment>Failed and not imported</comment>
        <translation>Failed and not imported</translation>
    </message>
    <message>
        <source>waarschuwing</source>
        <comment>warning</comment>
        <translation>warning</translation>
    </message>
    <message>
        <source>fout</source>
        <comment>error</comment>
        <translation>error</translation>
    </message>
    <message>
        <source>waarde wordt leeggemaakt</source>
        <comment>value is cleared</comment>
        <translation>value is cleared</translation>
    </message>
    <message>
        <source>kolom</source>
        <comment>column</comment>
        <translation>column</translation>
    </message>
    <message>
        <source>Aantal</source>
        <comment>Count</comment>
        <translation>Count</translation>
    </message>
    <message>
        <source>eerste regels</source>
        <comment>first rows</comment>
        <translation>first rows</translation>
    </message>
    <message>
        <source>regels</source>
        <comment>rows</comment>
        <translation>rows</translation>
    </message>
</context>
<context>
    <name>veldboek::gui::CreateRegisterDialog</name>
    <message>
        <source>Not available: no keychain answers on this computer.</source>
        <translation>Not available: no keychain answers on this computer.</translation>
    </message>
    <message>
        <source>Choose a file name for the register.</source>
        <translation>Choose a file name for the register.</translation>
    </message>
    <message>
        <source>The passphrase must be at least %1 characters long.</source>
        <translation>The passphrase must be at least %1 characters long.</translation>
    </message>
    <message>
        <source>The two passphrases are not the same. Type the passphrase again in both fields.</source>
        <translation>The two passphrases are not the same. Type the passphrase again in both fields.</translation>
    </message>
</context>
<context>
    <name>veldboek::gui::FileChooser</name>
    <message>
        <source>Veldboek registers (*%1);;All files (*)</source>
        <translation>Veldboek registers (*%1);;All files (*)</translation>
    </message>
    <message>
        <source>Open register</source>
        <translation>Open register</translation>
    </message>
    <message>
        <source>New register</source>
        <translation>New register</translation>
    </message>
</context>
<context>
    <name>veldboek::gui::MainWindow</name>
    <message>
        <source>No register open</source>
        <translation>No register open</translation>
    </message>
    <message>
        <source>Participants: %1</source>
        <translation>Participants: %1</translation>
    </message>
</context>
<context>
    <name>veldboek::gui::ParticipantTableModel</name>
    <message>
        <source>Respondent number</source>
        <translation>Respondent number</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>First name</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Last name</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>Start date</translation>
    </message>
    <message>
        <source>End date</source>
        <translation>End date</translation>
    </message>
</context>
<context>
    <name>veldboek::gui::UnlockDialog</name>
    <message>
        <source>Open %1</source>
        <translation>Open %1</translation>
    </message>
    <message>
        <source>There is no keychain on this computer to unlock the register. Enter the passphrase of the register.</source>
        <translation>There is no keychain on this computer to unlock the register. Enter the passphrase of the register.</translation>
    </message>
    <message>
        <source>Enter the passphrase of the register.</source>
        <translation>Enter the passphrase of the register.</translation>
    </message>
    <message>
        <source>The register could not be opened. Enter the passphrase and try again, or choose another file.</source>
        <translation>The register could not be opened. Enter the passphrase and try again, or choose another file.</translation>
    </message>
    <message>
        <source>Enter the passphrase.</source>
        <translation>Enter the passphrase.</translation>
    </message>
</context>
</TS>
