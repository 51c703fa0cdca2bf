<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL">
<context>
    <name>CommandLine</name>
    <message>
        <source>--passphrase-file needs the name of a file.</source>
        <translation>--passphrase-file heeft de naam van een bestand nodig.</translation>
    </message>
    <message>
        <source>Unknown option: %1</source>
        <translation>Onbekende optie: %1</translation>
    </message>
    <message>
        <source>Give at most one register.</source>
        <translation>Geef hoogstens één register op.</translation>
    </message>
    <message>
        <source>--passphrase-file needs a register to open.</source>
        <translation>--passphrase-file heeft een register nodig om te openen.</translation>
    </message>
    <message>
        <source>Usage: veldboek [REGISTER] [--passphrase-file FILE] [--lang nl|en]
Opens the register, or the register used last. Without --passphrase-file the key comes from the keychain, or Veldboek asks for the passphrase.</source>
        <translation>Gebruik: veldboek [REGISTER] [--passphrase-file BESTAND] [--lang nl|en]
Opent het register, of het register dat het laatst is gebruikt. Zonder --passphrase-file komt de sleutel uit de sleutelhanger, of vraagt Veldboek om de wachtzin.</translation>
    </message>
    <message>
        <source>Cannot read the passphrase file %1: %2</source>
        <translation>Het wachtzinbestand %1 kan niet worden gelezen: %2</translation>
    </message>
    <message>
        <source>The passphrase file %1 is empty.</source>
        <translation>Het wachtzinbestand %1 is leeg.</translation>
    </message>
</context>
<context>
    <name>CreateRegisterDialog</name>
    <message>
        <source>New register</source>
        <translation>Nieuw register</translation>
    </message>
    <message>
        <source>A register is an encrypted file on this computer. Choose where to save it and how its key is kept.</source>
        <translation>Een register is een versleuteld bestand op deze computer. Kies waar u het opslaat en hoe de sleutel wordt bewaard.</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>Be&amp;stand:</translation>
    </message>
    <message>
        <source>Register file</source>
        <translation>Registerbestand</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Bladeren…</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Sleutel</translation>
    </message>
    <message>
        <source>Keep the key in the &amp;keychain of this computer (recommended)</source>
        <translation>De sleutel bewaren in de s&amp;leutelhanger van deze computer (aanbevolen)</translation>
    </message>
    <message>
        <source>Protect the register with a &amp;passphrase</source>
        <translation>Het register beveiligen met een &amp;wachtzin</translation>
    </message>
    <message>
        <source>Passp&amp;hrase:</source>
        <translation>Wa&amp;chtzin:</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Wachtzin</translation>
    </message>
    <message>
        <source>&amp;Repeat passphrase:</source>
        <translation>&amp;Herhaal wachtzin:</translation>
    </message>
    <message>
        <source>Repeat passphrase</source>
        <translation>Herhaal wachtzin</translation>
    </message>
    <message>
        <source>At least 8 characters. Keep the passphrase safe: without it nobody can open the register, Veldboek included.</source>
        <translation>Minimaal 8 tekens. Bewaar de wachtzin goed: zonder wachtzin kan niemand het register openen, ook Veldboek niet.</translation>
    </message>
    <message>
        <source>Error message</source>
        <translation>Foutmelding</translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation>&amp;Aanmaken</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>No register is open. Open an existing register, or create a new one.</source>
        <translation>Er is geen register geopend. Open een bestaand register of maak een nieuw register.</translation>
    </message>
    <message>
        <source>&amp;Open register…</source>
        <translation>Register &amp;openen…</translation>
    </message>
    <message>
        <source>&amp;New register…</source>
        <translation>&amp;Nieuw register…</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Deelnemers</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Bestand</translation>
    </message>
    <message>
        <source>&amp;Recent registers</source>
        <translation>&amp;Recente registers</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Openen…</translation>
    </message>
    <message>
        <source>&amp;Close register</source>
        <translation>Register &amp;sluiten</translation>
    </message>
    <message>
        <source>&amp;Clear list</source>
        <translation>Lijst &amp;wissen</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Afsluiten</translation>
    </message>
</context>
<context>
    <name>RegisterError</name>
    <message>
        <source>The register %1 does not exist. Check the path, or create a new register.</source>
        <translation>Het register %1 bestaat niet. Controleer de locatie, of maak een nieuw register.</translation>
    </message>
    <message>
        <source>%1 already exists. Choose another file name; Veldboek never overwrites a file.</source>
        <translation>%1 bestaat al. Kies een andere bestandsnaam; Veldboek overschrijft nooit een bestand.</translation>
    </message>
    <message>
        <source>%1 is not a Veldboek register. Choose the register file (usually ending in .veldboek).</source>
        <translation>%1 is geen Veldboek-register. Kies het registerbestand (meestal eindigt de naam op .veldboek).</translation>
    </message>
    <message>
        <source>%1 is an unencrypted database, not a Veldboek register. Veldboek only opens encrypted registers; import the data instead.</source>
        <translation>%1 is een onversleutelde database, geen Veldboek-register. Veldboek opent alleen versleutelde registers; importeer de gegevens in plaats daarvan.</translation>
    </message>
    <message>
        <source>The register %1 is incomplete (the file was cut short, for example by an interrupted copy). Restore it from a backup.</source>
        <translation>Het register %1 is onvolledig (het bestand is afgekapt, bijvoorbeeld doordat het kopiëren werd onderbroken). Zet het terug vanuit een back-up.</translation>
    </message>
    <message>
        <source>The register %1 could not be unlocked: the passphrase or key is wrong. Check the passphrase (mind Caps Lock) and try again.</source>
        <translation>Het register %1 kon niet worden ontgrendeld: de wachtzin of sleutel is onjuist. Controleer de wachtzin (let op Caps Lock) en probeer het opnieuw.</translation>
    </message>
    <message>
        <source>The keychain holds no key for the register %1. If the register is protected by a passphrase, open it with the passphrase; otherwise restore it from a backup.</source>
        <translation>De sleutelhanger bevat geen sleutel voor het register %1. Is het register beveiligd met een wachtzin, open het dan met de wachtzin; zet het anders terug vanuit een back-up.</translation>
    </message>
    <message>
        <source>No keychain is available on this computer (%1). Protect the register with a passphrase instead.</source>
        <translation>Er is geen sleutelhanger beschikbaar op deze computer (%1). Beveilig het register in plaats daarvan met een wachtzin.</translation>
    </message>
    <message>
        <source>The register %1 was made by a newer version of Veldboek. Update Veldboek to open it; the file has not been changed.</source>
        <translation>Het register %1 is gemaakt met een nieuwere versie van Veldboek. Werk Veldboek bij om het te openen; het bestand is niet gewijzigd.</translation>
    </message>
    <message>
        <source>The register %1 cannot be written: the file or its folder is read-only. Copy it to a folder where you may write, or change its permissions.</source>
        <translation>Er kan niet naar het register %1 worden geschreven: het bestand of de map is alleen-lezen. Kopieer het naar een map waarin u mag schrijven, of pas de rechten aan.</translation>
    </message>
    <message>
        <source>The disk is full while writing %1. Free some space and try again; nothing that was saved before has been lost.</source>
        <translation>De schijf is vol tijdens het schrijven van %1. Maak ruimte vrij en probeer het opnieuw; wat eerder is opgeslagen, is niet verloren gegaan.</translation>
    </message>
    <message>
        <source>The register %1 is damaged (%2). Restore it from a backup.</source>
        <translation>Het register %1 is beschadigd (%2). Zet het terug vanuit een back-up.</translation>
    </message>
    <message>
        <source>The backup %1 could not be unlocked: the backup passphrase is wrong, or the file is not a Veldboek backup. Nothing has been written.</source>
        <translation>De back-up %1 kon niet worden ontgrendeld: de wachtzin van de back-up is onjuist, of het bestand is geen Veldboek-back-up. Er is niets geschreven.</translation>
    </message>
    <message>
        <source>Could not read or write %1: %2.</source>
        <translation>Kon %1 niet lezen of schrijven: %2.</translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <source>Open register</source>
        <translation>Register openen</translation>
    </message>
    <message>
        <source>Enter the passphrase of the register.</source>
        <translation>Voer de wachtzin van het register in.</translation>
    </message>
    <message>
        <source>&amp;Register:</source>
        <translation>&amp;Register:</translation>
    </message>
    <message>
        <source>Register file</source>
        <translation>Registerbestand</translation>
    </message>
    <message>
        <source>Other &amp;file…</source>
        <translation>Ander &amp;bestand…</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Wachtzin:</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Wachtzin</translation>
    </message>
    <message>
        <source>Error message</source>
        <translation>Foutmelding</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Openen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <source>A backup needs its own passphrase: --backup-passphrase-file B</source>
        <translation>Een back-up heeft een eigen wachtzin nodig: --backup-passphrase-file B</translation>
    </message>
    <message>
        <source>Wrote the encrypted backup %1.</source>
        <translation>De versleutelde back-up %1 is geschreven.</translation>
    </message>
    <message>
        <source>Restored %1 into the new register %2.</source>
        <translation>%1 is teruggezet in het nieuwe register %2.</translation>
    </message>
    <message>
        <source>Cannot read the passphrase file %1: %2</source>
        <translation>Het wachtzinbestand %1 kan niet worden gelezen: %2</translation>
    </message>
    <message>
        <source>The passphrase file %1 is empty.</source>
        <translation>Het wachtzinbestand %1 is leeg.</translation>
    </message>
    <message>
        <source>Usage: veldboek-cli %1</source>
        <translation>Gebruik: veldboek-cli %1</translation>
    </message>
    <message>
        <source>--demo takes a number of participants, for example --demo 200</source>
        <translation>--demo verwacht een aantal deelnemers, bijvoorbeeld --demo 200</translation>
    </message>
    <message>
        <source>Created the register %1; its key is in the keychain.</source>
        <translation>Het register %1 is aangemaakt; de sleutel staat in de sleutelhanger.</translation>
    </message>
    <message>
        <source>Created the register %1, protected by the passphrase.</source>
        <translation>Het register %1 is aangemaakt en beveiligd met de wachtzin.</translation>
    </message>
    <message numerus="yes">
        <source>Added %n demo participant(s).</source>
        <translation>
            <numerusform>%n demodeelnemer toegevoegd.</numerusform>
            <numerusform>%n demodeelnemers toegevoegd.</numerusform>
        </translation>
    </message>
    <message>
        <source>Usage: veldboek-cli COMMAND [ARGUMENTS] [--lang nl|en]</source>
        <translation>Gebruik: veldboek-cli OPDRACHT [ARGUMENTEN] [--lang nl|en]</translation>
    </message>
    <message>
        <source>Unknown command: %1</source>
        <translation>Onbekende opdracht: %1</translation>
    </message>
</context>
<context>
    <name>veldboek::ValidationReport</name>
    <message>
        <source>Technische controle</source>
        <comment>Technical check</comment>
        <translation>Technische controle</translation>
    </message>
    <message>
        <source>ronde</source>
        <comment>round</comment>
        <translation>ronde</translation>
    </message>
    <message>
        <source>Resultaat</source>
        <comment>Result</comment>
        <translation>Resultaat</translation>
    </message>
    <message>
        <source>goedgekeurd</source>
        <comment>approved</comment>
        <translation>goedgekeurd</translation>
    </message>
    <message>
        <source>afgekeurd</source>
        <comment>rejected</comment>
        <translation>afgekeurd</translation>
    </message>
    <message>
        <source>Gegevensset</source>
        <comment>Dataset</comment>
        <translation>Gegevensset</translation>
    </message>
    <message>
        <source>Regels gelezen</source>
        <comment>Lines read</comment>
        <translation>Regels gelezen</translation>
    </message>
    <message>
        <source>leeg</source>
        <comment>empty</comment>
        <translation>leeg</translation>
    </message>
    <message>
        <source>kopregel</source>
        <comment>header</comment>
        <translation>kopregel</translation>
    </message>
    <message>
        <source>gegevens</source>
        <comment>data</comment>
        <translation>gegevens</translation>
    </message>
    <message>
        <source>Geïmporteerd en gevalideerd</source>
        <comment>Imported and validated</comment>
        <translation>Geïmporteerd en gevalideerd</translation>
    </message>
    <message>
        <source>Fout en niet geïmporteerd</source>
        <comment>Failed and not imported</comment>
        <translation>Fout en niet geïmporteerd</translation>
    </message>
    <message>
        <source>waarschuwing</source>
        <comment>warning</comment>
        <translation>waarschuwing</translation>
    </message>
    <message>
        <source>fout</source>
        <comment>error</comment>
        <translation>fout</translation>
    </message>
    <message>
        <source>waarde wordt leeggemaakt</source>
        <comment>value is cleared</comment>
        <translation>waarde wordt leeggemaakt</translation>
    </message>
    <message>
        <source>kolom</source>
        <comment>column</comment>
        <translation>kolom</translation>
    </message>
    <message>
        <source>Aantal</source>
        <comment>Count</comment>
        <translation>Aantal</translation>
    </message>
    <message>
        <source>eerste regels</source>
        <comment>first rows</comment>
        <translation>eerste regels</translation>
    </message>
    <message>
        <source>regels</source>
        <comment>rows</comment>
        <translation>regels</translation>
    </message>
</context>
<context>
    <name>veldboek::gui::CreateRegisterDialog</name>
    <message>
        <source>Not available: no keychain answers on this computer.</source>
        <translation>Niet beschikbaar: er reageert geen sleutelhanger op deze computer.</translation>
    </message>
    <message>
        <source>Choose a file name for the register.</source>
        <translation>Kies een bestandsnaam voor het register.</translation>
    </message>
    <message>
        <source>The passphrase must be at least %1 characters long.</source>
        <translation>De wachtzin moet minimaal %1 tekens lang zijn.</translation>
    </message>
    <message>
        <source>The two passphrases are not the same. Type the passphrase again in both fields.</source>
        <translation>De twee wachtzinnen zijn niet gelijk. Typ de wachtzin opnieuw in beide velden.</translation>
    </message>
</context>
<context>
    <name>veldboek::gui::FileChooser</name>
    <message>
        <source>Veldboek registers (*%1);;All files (*)</source>
        <translation>Veldboek-registers (*%1);;Alle bestanden (*)</translation>
    </message>
    <message>
        <source>Open register</source>
        <translation>Register openen</translation>
    </message>
    <message>
        <source>New register</source>
        <translation>Nieuw register</translation>
    </message>
</context>
<context>
    <name>veldboek::gui::MainWindow</name>
    <message>
        <source>No register open</source>
        <translation>Geen register geopend</translation>
    </message>
    <message>
        <source>Participants: %1</source>
        <translation>Deelnemers: %1</translation>
    </message>
</context>
<context>
    <name>veldboek::gui::ParticipantTableModel</name>
    <message>
        <source>Respondent number</source>
        <translation>Respondentnummer</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Voornaam</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Achternaam</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>Startdatum</translation>
    </message>
    <message>
        <source>End date</source>
        <translation>Einddatum</translation>
    </message>
</context>
<context>
    <name>veldboek::gui::UnlockDialog</name>
    <message>
        <source>Open %1</source>
        <translation>%1 openen</translation>
    </message>
    <message>
        <source>There is no keychain on this computer to unlock the register. Enter the passphrase of the register.</source>
        <translation>Er is op deze computer geen sleutelhanger om het register te ontgrendelen. Voer de wachtzin van het register in.</translation>
    </message>
    <message>
        <source>Enter the passphrase of the register.</source>
        <translation>Voer de wachtzin van het register in.</translation>
    </message>
    <message>
        <source>The register could not be opened. Enter the passphrase and try again, or choose another file.</source>
        <translation>Het register kon niet worden geopend. Voer de wachtzin in en probeer het opnieuw, of kies een ander bestand.</translation>
    </message>
    <message>
        <source>Enter the passphrase.</source>
        <translation>Voer de wachtzin in.</translation>
    </message>
</context>
</TS>
