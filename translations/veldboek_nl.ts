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
    <message>
        <source>Searc&amp;h:</source>
        <translation>&amp;Zoeken:</translation>
    </message>
    <message>
        <source>Name or respondent number (Ctrl+F)</source>
        <translation>Naam of respondentnummer (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search by name or respondent number</source>
        <translation>Zoeken op naam of respondentnummer</translation>
    </message>
    <message>
        <source>S&amp;how:</source>
        <translation>&amp;Tonen:</translation>
    </message>
    <message>
        <source>Show participants by status</source>
        <translation>Deelnemers tonen naar status</translation>
    </message>
    <message>
        <source>All participants</source>
        <translation>Alle deelnemers</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Actief</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Beëindigd</translation>
    </message>
    <message>
        <source>Deletion requested</source>
        <translation>Verwijderverzoek</translation>
    </message>
    <message>
        <source>Only with &amp;problems</source>
        <translation>Alleen met &amp;problemen</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>Be&amp;werken</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>Beel&amp;d</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Taal</translation>
    </message>
    <message>
        <source>&amp;Security</source>
        <translation>&amp;Beveiliging</translation>
    </message>
    <message>
        <source>&amp;Lock automatically</source>
        <translation>&amp;Automatisch vergrendelen</translation>
    </message>
    <message>
        <source>Toolbar</source>
        <translation>Werkbalk</translation>
    </message>
    <message>
        <source>&amp;New participant</source>
        <translation>&amp;Nieuwe deelnemer</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>Op&amp;slaan</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Ongedaan maken</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Opnieuw</translation>
    </message>
    <message>
        <source>&amp;Delete participant…</source>
        <translation>Deelnemer &amp;verwijderen…</translation>
    </message>
    <message>
        <source>&amp;History of the participant…</source>
        <translation>&amp;Geschiedenis van de deelnemer…</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Zoeken</translation>
    </message>
    <message>
        <source>&amp;Problems</source>
        <translation>&amp;Problemen</translation>
    </message>
    <message>
        <source>Lock &amp;now</source>
        <translation>Nu &amp;vergrendelen</translation>
    </message>
</context>
<context>
    <name>ParticipantForm</name>
    <message>
        <source>&amp;Participant</source>
        <translation>&amp;Deelnemer</translation>
    </message>
    <message>
        <source>&amp;GAS</source>
        <translation>&amp;GAS</translation>
    </message>
    <message>
        <source>Problem &amp;reduction</source>
        <translation>P&amp;robleemafname</translation>
    </message>
    <message>
        <source>CEM&amp;+</source>
        <translation>CEM&amp;+</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>Op&amp;slaan</translation>
    </message>
    <message>
        <source>Save the participant (Ctrl+S)</source>
        <translation>De deelnemer opslaan (Ctrl+S)</translation>
    </message>
    <message>
        <source>&amp;Undo changes</source>
        <translation>Wijzigingen &amp;ongedaan maken</translation>
    </message>
    <message>
        <source>Go back to the saved values (Esc)</source>
        <translation>Terug naar de opgeslagen waarden (Esc)</translation>
    </message>
    <message>
        <source>&amp;History…</source>
        <translation>&amp;Geschiedenis…</translation>
    </message>
    <message>
        <source>Who changed what in this record, and when</source>
        <translation>Wie wat in dit record heeft gewijzigd, en wanneer</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Verwijderen…</translation>
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
    <name>veldboek::NotesPanel</name>
    <message>
        <source>Not saved: %1</source>
        <translation>Niet opgeslagen: %1</translation>
    </message>
</context>
<context>
    <name>veldboek::SubmitDialog</name>
    <message>
        <source>Field</source>
        <translation>Veld</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Aantal</translation>
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
    <name>veldboek::gui::AuditLogDialog</name>
    <message>
        <source>History of %1</source>
        <translation>Geschiedenis van %1</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Wijzigingen</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wanneer</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Wie</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Veld</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Voor</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Na</translation>
    </message>
    <message>
        <source>(record)</source>
        <translation>(record)</translation>
    </message>
    <message>
        <source>created</source>
        <translation>aangemaakt</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>verwijderd</translation>
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
    <name>veldboek::gui::DateLineEdit</name>
    <message>
        <source>dd-mm-yyyy</source>
        <translation>dd-mm-jjjj</translation>
    </message>
    <message>
        <source>Pick the date from a calendar (Alt+Down)</source>
        <translation>Kies de datum in een kalender (Alt+Omlaag)</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>Kalender</translation>
    </message>
</context>
<context>
    <name>veldboek::gui::FieldEditCommand</name>
    <message>
        <source>edit %1</source>
        <translation>%1 wijzigen</translation>
    </message>
</context>
<context>
    <name>veldboek::gui::FieldEditor</name>
    <message>
        <source>(required from round %1)</source>
        <translation>(verplicht vanaf ronde %1)</translation>
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
    <message>
        <source>Problems</source>
        <translation>Problemen</translation>
    </message>
    <message>
        <source>Register already open</source>
        <translation>Register al geopend</translation>
    </message>
    <message>
        <source>%1 is already open in another Veldboek window. Close it there first, or continue working in that window.</source>
        <translation>%1 is al geopend in een ander Veldboek-venster. Sluit het daar eerst, of werk verder in dat venster.</translation>
    </message>
    <message>
        <source>That register is already open in another Veldboek window.</source>
        <translation>Dat register is al geopend in een ander Veldboek-venster.</translation>
    </message>
    <message>
        <source>Changes not saved</source>
        <translation>Wijzigingen niet opgeslagen</translation>
    </message>
    <message>
        <source>The changes to this participant could not be saved. Discard them?</source>
        <translation>De wijzigingen van deze deelnemer konden niet worden opgeslagen. Weggooien?</translation>
    </message>
    <message>
        <source>Discard changes</source>
        <translation>Wijzigingen weggooien</translation>
    </message>
    <message>
        <source>The register was locked. Enter the passphrase to continue.</source>
        <translation>Het register is vergrendeld. Voer de wachtzin in om verder te gaan.</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Nooit</translation>
    </message>
    <message numerus="yes">
        <source>After %n minute(s) without use</source>
        <translation>
            <numerusform>Na %n minuut zonder gebruik</numerusform>
            <numerusform>Na %n minuten zonder gebruik</numerusform>
        </translation>
    </message>
    <message>
        <source>Only for registers opened with a passphrase: with the keychain, the computer&apos;s own screen lock protects the register.</source>
        <translation>Alleen voor registers die met een wachtzin zijn geopend: bij de sleutelhanger beschermt de schermvergrendeling van de computer het register.</translation>
    </message>
    <message>
        <source>active: %1</source>
        <translation>actief: %1</translation>
    </message>
    <message>
        <source>with errors: %1</source>
        <translation>met fouten: %1</translation>
    </message>
    <message>
        <source>shown: %1</source>
        <translation>getoond: %1</translation>
    </message>
    <message>
        <source>Not submitted yet</source>
        <translation>Nog niet ingediend</translation>
    </message>
    <message numerus="yes">
        <source>Last approved submission %1; next due in %n day(s)</source>
        <translation>
            <numerusform>Laatste goedgekeurde indiening %1; volgende over %n dag</numerusform>
            <numerusform>Laatste goedgekeurde indiening %1; volgende over %n dagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Last approved submission %1; next one %n day(s) overdue</source>
        <translation>
            <numerusform>Laatste goedgekeurde indiening %1; volgende is %n dag te laat</numerusform>
            <numerusform>Laatste goedgekeurde indiening %1; volgende is %n dagen te laat</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>veldboek::gui::OutcomePanels</name>
    <message>
        <source>Trajectory</source>
        <translation>Traject</translation>
    </message>
    <message>
        <source>&amp;Trajectory</source>
        <translation>&amp;Traject</translation>
    </message>
    <message>
        <source>Decision number for a new trajectory</source>
        <translation>Beschikkingsnummer voor een nieuw traject</translation>
    </message>
    <message>
        <source>Assignment number for a new trajectory</source>
        <translation>Toewijzingsnummer voor een nieuw traject</translation>
    </message>
    <message>
        <source>New: &amp;decision number</source>
        <translation>Nieuw: &amp;beschikkingsnummer</translation>
    </message>
    <message>
        <source>or &amp;assignment number</source>
        <translation>of &amp;toewijzingsnummer</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Doel</translation>
    </message>
    <message>
        <source>Informant</source>
        <translation>Informant</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>Goal (stays with the organisation)</source>
        <translation>Doel (blijft bij de organisatie)</translation>
    </message>
    <message>
        <source>Goal, in your own words (not submitted)</source>
        <translation>Doel, in uw eigen woorden (wordt niet ingediend)</translation>
    </message>
    <message>
        <source>Add &amp;goal</source>
        <translation>&amp;Doel toevoegen</translation>
    </message>
    <message>
        <source>Parent</source>
        <translation>Ouder</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Cliënt</translation>
    </message>
    <message>
        <source>-1, 0, 1 or 2</source>
        <translation>-1, 0, 1 of 2</translation>
    </message>
    <message>
        <source>G&amp;oal</source>
        <translation>D&amp;oel</translation>
    </message>
    <message>
        <source>&amp;Informant</source>
        <translation>&amp;Informant</translation>
    </message>
    <message>
        <source>Da&amp;te</source>
        <translation>Da&amp;tum</translation>
    </message>
    <message>
        <source>&amp;Value</source>
        <translation>&amp;Waarde</translation>
    </message>
    <message>
        <source>Date of the score</source>
        <translation>Datum van de score</translation>
    </message>
    <message>
        <source>GAS score</source>
        <translation>GAS-score</translation>
    </message>
    <message>
        <source>Add &amp;score</source>
        <translation>Score &amp;toevoegen</translation>
    </message>
    <message>
        <source>Scores of the trajectory chosen on the GAS tab.</source>
        <translation>Scores van het traject dat op het tabblad GAS is gekozen.</translation>
    </message>
    <message>
        <source>Problem-reduction score</source>
        <translation>Score probleemafname</translation>
    </message>
    <message>
        <source>&amp;Score</source>
        <translation>&amp;Score</translation>
    </message>
    <message>
        <source>&amp;Add score</source>
        <translation>Score &amp;toevoegen</translation>
    </message>
    <message>
        <source>Questionnaire</source>
        <translation>Vragenlijst</translation>
    </message>
    <message>
        <source>Measurement date</source>
        <translation>Datum meting</translation>
    </message>
    <message>
        <source>&amp;Questionnaire</source>
        <translation>&amp;Vragenlijst</translation>
    </message>
    <message>
        <source>&amp;Date of measurement</source>
        <translation>&amp;Datum meting</translation>
    </message>
    <message>
        <source>Age then</source>
        <translation>Leeftijd toen</translation>
    </message>
    <message>
        <source>Filled in &amp;by</source>
        <translation>Ingevuld &amp;door</translation>
    </message>
    <message>
        <source>Answers (type the digit; the cursor moves on)</source>
        <translation>Antwoorden (typ het cijfer; de cursor gaat vanzelf door)</translation>
    </message>
    <message>
        <source>Save &amp;measurement</source>
        <translation>&amp;Meting opslaan</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>Antwoorden</translation>
    </message>
    <message>
        <source>Answer to %1</source>
        <translation>Antwoord op %1</translation>
    </message>
    <message>
        <source>Decision %1</source>
        <translation>Beschikking %1</translation>
    </message>
    <message>
        <source>Assignment %1</source>
        <translation>Toewijzing %1</translation>
    </message>
    <message>
        <source>New trajectory (numbers below)</source>
        <translation>Nieuw traject (nummers hieronder)</translation>
    </message>
    <message>
        <source>Goal %1</source>
        <translation>Doel %1</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Niet opgeslagen: %1</translation>
    </message>
    <message>
        <source>Goal %1 added.</source>
        <translation>Doel %1 toegevoegd.</translation>
    </message>
    <message>
        <source>Add a goal first.</source>
        <translation>Voeg eerst een doel toe.</translation>
    </message>
    <message>
        <source>Fill in the date of the score.</source>
        <translation>Vul de datum van de score in.</translation>
    </message>
    <message>
        <source>GAS score saved.</source>
        <translation>GAS-score opgeslagen.</translation>
    </message>
    <message>
        <source>Choose or add a trajectory on the GAS tab first.</source>
        <translation>Kies of maak eerst een traject op het tabblad GAS.</translation>
    </message>
    <message>
        <source>Problem-reduction score saved.</source>
        <translation>Score probleemafname opgeslagen.</translation>
    </message>
    <message numerus="yes">
        <source>%n year(s)</source>
        <translation>
            <numerusform>%n jaar</numerusform>
            <numerusform>%n jaar</numerusform>
        </translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>onbekend</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 of %2 items answered</source>
        <translation>%1 van %2 vragen beantwoord</translation>
    </message>
    <message>
        <source>The answer to %1 is outside its scale.</source>
        <translation>Het antwoord op %1 valt buiten de schaal.</translation>
    </message>
    <message>
        <source>CEM+ measurement saved.</source>
        <translation>CEM+-meting opgeslagen.</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Omschrijving</translation>
    </message>
</context>
<context>
    <name>veldboek::gui::ParticipantForm</name>
    <message>
        <source>Person</source>
        <translation>Persoon</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adres</translation>
    </message>
    <message>
        <source>Participation</source>
        <translation>Deelname</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notities</translation>
    </message>
    <message>
        <source>Undo changes</source>
        <translation>Wijzigingen ongedaan maken</translation>
    </message>
    <message>
        <source>Undo the changes to this participant that are not saved yet?</source>
        <translation>De wijzigingen van deze deelnemer die nog niet zijn opgeslagen ongedaan maken?</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Overig</translation>
    </message>
    <message>
        <source>edit %1</source>
        <translation>%1 wijzigen</translation>
    </message>
    <message>
        <source>(see %1)</source>
        <translation>(zie %1)</translation>
    </message>
    <message>
        <source>Possible duplicate</source>
        <translation>Mogelijk dubbel</translation>
    </message>
    <message>
        <source>Save anyway?</source>
        <translation>Toch opslaan?</translation>
    </message>
    <message>
        <source>Save anyway</source>
        <translation>Toch opslaan</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Niet opgeslagen: %1</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Opgeslagen.</translation>
    </message>
    <message>
        <source>No participant selected</source>
        <translation>Geen deelnemer gekozen</translation>
    </message>
    <message>
        <source>New participant</source>
        <translation>Nieuwe deelnemer</translation>
    </message>
    <message>
        <source>deletion requested</source>
        <translation>verwijderverzoek</translation>
    </message>
    <message>
        <source>%1 was already submitted. The funder deletes submitted participants only on request: Veldboek records a deletion request, which goes with the next submission. Request deletion?</source>
        <translation>%1 is al ingediend. De financier verwijdert ingediende deelnemers alleen op verzoek: Veldboek legt een verwijderverzoek vast, dat met de volgende indiening meegaat. Verwijderverzoek doen?</translation>
    </message>
    <message>
        <source>Delete %1 with all outcome data? This cannot be undone.</source>
        <translation>%1 met alle uitkomstgegevens verwijderen? Dit kan niet ongedaan worden gemaakt.</translation>
    </message>
    <message>
        <source>Delete participant</source>
        <translation>Deelnemer verwijderen</translation>
    </message>
    <message>
        <source>Request deletion</source>
        <translation>Verwijderverzoek doen</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <source>Not deleted: %1</source>
        <translation>Niet verwijderd: %1</translation>
    </message>
    <message>
        <source>%1 deleted.</source>
        <translation>%1 verwijderd.</translation>
    </message>
    <message>
        <source>Deletion of %1 requested.</source>
        <translation>Verwijderverzoek voor %1 vastgelegd.</translation>
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
    <message>
        <source>checking…</source>
        <translation>controleren…</translation>
    </message>
    <message>
        <source>%1 (deletion requested)</source>
        <translation>%1 (verwijderverzoek)</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>veldboek::gui::ProblemsPanel</name>
    <message>
        <source>Problems in the register</source>
        <translation>Problemen in het register</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Probleem</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Veld</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Aantal</translation>
    </message>
    <message>
        <source>No register open.</source>
        <translation>Geen register geopend.</translation>
    </message>
    <message>
        <source>Checking the register…</source>
        <translation>Het register wordt gecontroleerd…</translation>
    </message>
    <message>
        <source>line %1</source>
        <translation>regel %1</translation>
    </message>
    <message>
        <source>%1 (%2, line %3)</source>
        <translation>%1 (%2, regel %3)</translation>
    </message>
    <message>
        <source>No errors or warnings in the register.</source>
        <translation>Geen fouten of waarschuwingen in het register.</translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n fout</numerusform>
            <numerusform>%n fouten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n waarschuwing</numerusform>
            <numerusform>%n waarschuwingen</numerusform>
        </translation>
    </message>
    <message>
        <source>; double-click a line to open the participant at that field.</source>
        <translation>; dubbelklik op een regel om de deelnemer bij dat veld te openen.</translation>
    </message>
</context>
<context>
    <name>veldboek::gui::SeverityStyle</name>
    <message>
        <source>errors</source>
        <translation>fouten</translation>
    </message>
    <message>
        <source>warnings</source>
        <translation>waarschuwingen</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>ok</translation>
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
