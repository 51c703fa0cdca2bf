<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL">
<context>
    <name>ColumnMapping</name>
    <message>
        <source>The mapping file is not a JSON object (%1).</source>
        <translation>Het koppelingsbestand is geen JSON-object (%1).</translation>
    </message>
    <message>
        <source>The mapping sends column &quot;%1&quot; to &quot;%2&quot;, which is not a field of the dataset %3.</source>
        <translation>De koppeling stuurt kolom &quot;%1&quot; naar &quot;%2&quot;, maar dat is geen veld van de dataset %3.</translation>
    </message>
    <message>
        <source>The mapping file is larger than %1 KB; a mapping names each column of a file once.</source>
        <translation>Het koppelingsbestand is groter dan %1 KB; een koppeling noemt elke kolom van een bestand één keer.</translation>
    </message>
    <message>
        <source>The mapping file names more than %1 columns; a file to import has at most %1.</source>
        <translation>Het koppelingsbestand noemt meer dan %1 kolommen; een bestand om te importeren heeft er hoogstens %1.</translation>
    </message>
</context>
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
        <source>--kiosk needs a register to open.</source>
        <translation>--kiosk heeft een register nodig om te openen.</translation>
    </message>
    <message>
        <source>Usage: veldboek [REGISTER] [--passphrase-file FILE] [--kiosk] [--lang nl|en]
Opens the register, or the register used last. Without --passphrase-file the key comes from the keychain, or Veldboek asks for the passphrase. --kiosk starts the self-registration kiosk on the register once it is open (a register with a passphrase; the passphrase closes the kiosk).</source>
        <translation>Gebruik: veldboek [REGISTER] [--passphrase-file BESTAND] [--kiosk] [--lang nl|en]
Opent het register, of het register dat het laatst is gebruikt. Zonder --passphrase-file komt de sleutel uit de sleutelhanger, of vraagt Veldboek om de wachtzin. --kiosk start de zelfaanmeldkiosk op het register zodra het open is (een register met een wachtzin; die wachtzin sluit de kiosk).</translation>
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
    <message>
        <source>Passphrase strength</source>
        <translation>Sterkte van de wachtzin</translation>
    </message>
</context>
<context>
    <name>DeletionRequest</name>
    <message>
        <source>Resolved by the funder on %1: %2</source>
        <translation>Afgehandeld door de financier op %1: %2</translation>
    </message>
    <message>
        <source>Sent to the funder on %1; not resolved yet</source>
        <translation>Naar de financier gestuurd op %1; nog niet afgehandeld</translation>
    </message>
    <message>
        <source>Recorded; goes to the funder with the next submission</source>
        <translation>Vastgelegd; gaat met de volgende aanlevering naar de financier</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export</source>
        <translation>Exporteren</translation>
    </message>
    <message>
        <source>A file for a portal you upload to by hand, exactly in its format, or an Excel workbook for your own use. Fields leave as the data request allows: names never, the citizen service number only where the portal needs it.</source>
        <translation>Een bestand voor een portaal waar u met de hand uploadt, precies in het formaat van dat portaal, of een Excel-werkmap voor eigen gebruik. Velden gaan mee zoals de gegevensuitvraag toestaat: namen nooit, het burgerservicenummer alleen waar het portaal het nodig heeft.</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Formaat:</translation>
    </message>
    <message>
        <source>Export format</source>
        <translation>Exportformaat</translation>
    </message>
    <message>
        <source>F&amp;older:</source>
        <translation>&amp;Map:</translation>
    </message>
    <message>
        <source>Folder to write the file in</source>
        <translation>Map waarin het bestand komt</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>B&amp;laderen…</translation>
    </message>
    <message>
        <source>Choose the folder</source>
        <translation>Kies de map</translation>
    </message>
    <message>
        <source>File &amp;name:</source>
        <translation>Bestands&amp;naam:</translation>
    </message>
    <message>
        <source>File name</source>
        <translation>Bestandsnaam</translation>
    </message>
</context>
<context>
    <name>ImportFilePage</name>
    <message>
        <source>File to import</source>
        <translation>Te importeren bestand</translation>
    </message>
    <message>
        <source>A CSV file (separated by ; or ,) or an Excel workbook (.xlsx). Nothing is written until you confirm the preview.</source>
        <translation>Een CSV-bestand (gescheiden door ; of ,) of een Excel-werkmap (.xlsx). Er wordt niets opgeslagen voordat u het voorbeeld bevestigt.</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Bestand:</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>B&amp;laderen…</translation>
    </message>
    <message>
        <source>Choose the file to import</source>
        <translation>Kies het bestand om te importeren</translation>
    </message>
    <message>
        <source>&amp;Sheet:</source>
        <translation>&amp;Werkblad:</translation>
    </message>
    <message>
        <source>Sheet of the workbook</source>
        <translation>Werkblad van de werkmap</translation>
    </message>
    <message>
        <source>&amp;Data:</source>
        <translation>&amp;Gegevens:</translation>
    </message>
    <message>
        <source>Kind of data in the file</source>
        <translation>Soort gegevens in het bestand</translation>
    </message>
</context>
<context>
    <name>ImportPlan</name>
    <message>
        <source>The file has no header row with column names.</source>
        <translation>Het bestand heeft geen kopregel met kolomnamen.</translation>
    </message>
    <message>
        <source>The spec %1 has no dataset %2.</source>
        <translation>De uitvraag %1 heeft geen dataset %2.</translation>
    </message>
    <message>
        <source>None of the file&apos;s columns (%1) is a column of %2. Check that you chose the right kind of file, or give a column mapping.</source>
        <translation>Geen van de kolommen van het bestand (%1) is een kolom van %2. Controleer of u de juiste soort bestand hebt gekozen, of geef een kolomkoppeling op.</translation>
    </message>
    <message>
        <source>The register&apos;s %1 could not be read.</source>
        <translation>De %1 van het register kon niet worden gelezen.</translation>
    </message>
</context>
<context>
    <name>ImportWriter</name>
    <message>
        <source>The import was cancelled; the register is as it was.</source>
        <translation>De import is geannuleerd; het register is zoals het was.</translation>
    </message>
</context>
<context>
    <name>KeyStore</name>
    <message>
        <source>This register has named users: each user changes their own passphrase (veldboek-cli user passphrase), and a beheerder removes users.</source>
        <translation>Dit register heeft gebruikers met een naam: ieder verandert de eigen wachtzin (veldboek-cli user passphrase), en een beheerder verwijdert gebruikers.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
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
    <message>
        <source>S&amp;ubmit</source>
        <translation>&amp;Aanleveren</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importeren…</translation>
    </message>
    <message>
        <source>Bring in participants or outcome data from a CSV or Excel file</source>
        <translation>Deelnemers of uitkomstgegevens inlezen uit een CSV- of Excel-bestand</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>E&amp;xporteren…</translation>
    </message>
    <message>
        <source>Write the files for the portals, or a workbook for your own use</source>
        <translation>De bestanden voor de portalen maken, of een werkmap voor eigen gebruik</translation>
    </message>
    <message>
        <source>&amp;Submit register…</source>
        <translation>Register &amp;aanleveren…</translation>
    </message>
    <message>
        <source>Check the whole register and send it to the endpoint</source>
        <translation>Het hele register controleren en naar het aanleverpunt sturen</translation>
    </message>
    <message>
        <source>&amp;Dashboard</source>
        <translation>&amp;Dashboard</translation>
    </message>
    <message>
        <source>Your figures beside the cluster&apos;s</source>
        <translation>Uw cijfers naast die van het cluster</translation>
    </message>
    <message>
        <source>&amp;Connection settings…</source>
        <translation>&amp;Verbindingsinstellingen…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;About Veldboek</source>
        <translation>&amp;Over Veldboek</translation>
    </message>
    <message>
        <source>Welcome to Veldboek</source>
        <translation>Welkom bij Veldboek</translation>
    </message>
    <message>
        <source>Veldboek keeps your participants and their outcome data in an encrypted register on this computer, checks every field while you type, and submits the register to the data-request endpoint. How do you want to start?</source>
        <translation>Veldboek bewaart uw deelnemers en hun resultaatgegevens in een versleuteld register op deze computer, controleert elk veld terwijl u typt, en levert het register aan bij het aanleverpunt van de gegevensuitvraag. Hoe wilt u beginnen?</translation>
    </message>
    <message>
        <source>An empty encrypted register on this computer.</source>
        <translation>Een leeg, versleuteld register op deze computer.</translation>
    </message>
    <message>
        <source>Start from my &amp;Excel or CSV list…</source>
        <translation>Beginnen met mijn &amp;Excel- of CSV-lijst…</translation>
    </message>
    <message>
        <source>A new register, then read in the list you keep today.</source>
        <translation>Een nieuw register, waarna u de lijst inleest die u nu bijhoudt.</translation>
    </message>
    <message>
        <source>&amp;Try it with example data…</source>
        <translation>&amp;Proberen met voorbeeldgegevens…</translation>
    </message>
    <message>
        <source>A register with 200 invented participants, to look around.</source>
        <translation>Een register met 200 verzonnen deelnemers, om rond te kijken.</translation>
    </message>
    <message>
        <source>A register you made before, on this computer or a drive.</source>
        <translation>Een register dat u eerder maakte, op deze computer of een schijf.</translation>
    </message>
    <message>
        <source>Recently opened:</source>
        <translation>Onlangs geopend:</translation>
    </message>
    <message>
        <source>&amp;History…</source>
        <translation>&amp;Geschiedenis…</translation>
    </message>
    <message>
        <source>Every submission with its report; withdraw one; deletion requests</source>
        <translation>Elke aanlevering met haar rapport; een aanlevering intrekken; verwijderverzoeken</translation>
    </message>
    <message>
        <source>Save register &amp;as…</source>
        <translation>Register opslaan &amp;als…</translation>
    </message>
    <message>
        <source>Save an encrypted copy of the register, with the edit in hand, and go on working in it</source>
        <translation>Een versleutelde kopie van het register opslaan, met de wijziging die u nu maakt, en daarin verder werken</translation>
    </message>
    <message>
        <source>&amp;Users…</source>
        <translation>&amp;Gebruikers…</translation>
    </message>
    <message>
        <source>Who may open this register, and with which role</source>
        <translation>Wie dit register mag openen, en met welke rol</translation>
    </message>
    <message>
        <source>Self-registered</source>
        <translation>Zelf aangemeld</translation>
    </message>
    <message>
        <source>Self-registration &amp;kiosk…</source>
        <translation>Zelfaanmeld&amp;kiosk…</translation>
    </message>
    <message>
        <source>A full-screen form on which young people register themselves; leaving it needs the register&apos;s passphrase</source>
        <translation>Een formulier over het hele scherm waarop jongeren zichzelf aanmelden; alleen de wachtzin van het register sluit het</translation>
    </message>
    <message>
        <source>&amp;Change my passphrase…</source>
        <translation>Mijn wachtzin &amp;wijzigen…</translation>
    </message>
    <message>
        <source>Self-re&amp;gistrations…</source>
        <translation>Zelf&amp;aanmeldingen…</translation>
    </message>
    <message>
        <source>The link people register themselves through, and what came in through it</source>
        <translation>De link waarmee mensen zich zelf aanmelden, en wat daarmee binnenkwam</translation>
    </message>
</context>
<context>
    <name>OutcomeCemTab</name>
    <message>
        <source>&amp;Questionnaire</source>
        <translation>&amp;Vragenlijst</translation>
    </message>
    <message>
        <source>Questionnaire</source>
        <translation>Vragenlijst</translation>
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
        <source>Informant</source>
        <translation>Informant</translation>
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
        <source>Cancel change</source>
        <translation>Wijziging annuleren</translation>
    </message>
    <message>
        <source>Stop changing; the saved values stay (Esc)</source>
        <translation>Stoppen met wijzigen; de opgeslagen waarden blijven (Esc)</translation>
    </message>
    <message>
        <source>CEM+ measurements</source>
        <translation>CEM+-metingen</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>Antwoorden</translation>
    </message>
    <message>
        <source>&amp;Change</source>
        <translation>Wij&amp;zigen</translation>
    </message>
    <message>
        <source>Change the measurement chosen in the list (Enter)</source>
        <translation>De meting wijzigen die in de lijst gekozen is (Enter)</translation>
    </message>
    <message>
        <source>De&amp;lete…</source>
        <translation>Verwijde&amp;ren…</translation>
    </message>
    <message>
        <source>Delete the measurement chosen in the list (Del)</source>
        <translation>De meting verwijderen die in de lijst gekozen is (Del)</translation>
    </message>
</context>
<context>
    <name>OutcomeGasTab</name>
    <message>
        <source>Trajectory</source>
        <translation>Traject</translation>
    </message>
    <message>
        <source>&amp;Trajectory</source>
        <translation>&amp;Traject</translation>
    </message>
    <message>
        <source>New: &amp;decision number</source>
        <translation>Nieuw: &amp;beschikkingsnummer</translation>
    </message>
    <message>
        <source>Decision number for a new trajectory</source>
        <translation>Beschikkingsnummer voor een nieuw traject</translation>
    </message>
    <message>
        <source>or &amp;assignment number</source>
        <translation>of &amp;toewijzingsnummer</translation>
    </message>
    <message>
        <source>Assignment number for a new trajectory</source>
        <translation>Toewijzingsnummer voor een nieuw traject</translation>
    </message>
    <message>
        <source>Goals and their scores</source>
        <translation>Doelen en hun scores</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Doel</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Omschrijving</translation>
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
        <source>&amp;Change</source>
        <translation>Wij&amp;zigen</translation>
    </message>
    <message>
        <source>Change the goal or score chosen in the list (Enter)</source>
        <translation>Het doel of de score wijzigen die in de lijst gekozen is (Enter)</translation>
    </message>
    <message>
        <source>De&amp;lete…</source>
        <translation>Verwijde&amp;ren…</translation>
    </message>
    <message>
        <source>Delete the goal or score chosen in the list (Del)</source>
        <translation>Het doel of de score verwijderen die in de lijst gekozen is (Del)</translation>
    </message>
    <message>
        <source>Goal (stays with the organisation)</source>
        <translation>Doel (blijft bij de organisatie)</translation>
    </message>
    <message>
        <source>Goal, in your own words (not submitted)</source>
        <translation>Doel, in uw eigen woorden (wordt niet aangeleverd)</translation>
    </message>
    <message>
        <source>Add &amp;goal</source>
        <translation>&amp;Doel toevoegen</translation>
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
        <source>GAS score</source>
        <translation>GAS-score</translation>
    </message>
    <message>
        <source>-1, 0, 1 or 2</source>
        <translation>-1, 0, 1 of 2</translation>
    </message>
    <message>
        <source>Add &amp;score</source>
        <translation>Score &amp;toevoegen</translation>
    </message>
    <message>
        <source>Cancel change</source>
        <translation>Wijziging annuleren</translation>
    </message>
    <message>
        <source>Stop changing; the saved values stay (Esc)</source>
        <translation>Stoppen met wijzigen; de opgeslagen waarden blijven (Esc)</translation>
    </message>
</context>
<context>
    <name>OutcomeProblemTab</name>
    <message>
        <source>Scores of the trajectory chosen on the GAS tab.</source>
        <translation>Scores van het traject dat op het tabblad GAS is gekozen.</translation>
    </message>
    <message>
        <source>Problem-reduction scores</source>
        <translation>Scores probleemafname</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Informant</source>
        <translation>Informant</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>&amp;Change</source>
        <translation>Wij&amp;zigen</translation>
    </message>
    <message>
        <source>Change the score chosen in the list (Enter)</source>
        <translation>De score wijzigen die in de lijst gekozen is (Enter)</translation>
    </message>
    <message>
        <source>De&amp;lete…</source>
        <translation>Verwijde&amp;ren…</translation>
    </message>
    <message>
        <source>Delete the score chosen in the list (Del)</source>
        <translation>De score verwijderen die in de lijst gekozen is (Del)</translation>
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
        <source>&amp;Score</source>
        <translation>&amp;Score</translation>
    </message>
    <message>
        <source>Problem-reduction score</source>
        <translation>Score probleemafname</translation>
    </message>
    <message>
        <source>&amp;Add score</source>
        <translation>Score &amp;toevoegen</translation>
    </message>
    <message>
        <source>Cancel change</source>
        <translation>Wijziging annuleren</translation>
    </message>
    <message>
        <source>Stop changing; the saved values stay (Esc)</source>
        <translation>Stoppen met wijzigen; de opgeslagen waarden blijven (Esc)</translation>
    </message>
</context>
<context>
    <name>OwnExport</name>
    <message>
        <source>%1 (no longer requested)</source>
        <translation>%1 (niet meer gevraagd)</translation>
    </message>
    <message>
        <source>The register changed during the export; export again.</source>
        <translation>Het register veranderde tijdens de export; exporteer opnieuw.</translation>
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
    <message>
        <source>The register %1 was moved, deleted or replaced while it was open, so this change was not saved; it stays on screen. Put the file back where it was (from the trash, for example) and save again.</source>
        <translation>Het register %1 is verplaatst, verwijderd of vervangen terwijl het open was; deze wijziging is daarom niet opgeslagen en blijft op het scherm staan. Zet het bestand terug waar het stond (bijvoorbeeld uit de prullenbak) en sla opnieuw op.</translation>
    </message>
    <message>
        <source>The users file of the register %1 is damaged or was changed (%2), so no user can be unlocked. Put back the .users file that belongs to this register, or restore the register from a backup.</source>
        <translation>Het gebruikersbestand van het register %1 is beschadigd of veranderd (%2), dus geen gebruiker kan worden ontgrendeld. Zet het .users-bestand terug dat bij dit register hoort, of zet het register terug uit een back-up.</translation>
    </message>
    <message>
        <source>The register already has a user called %1. Choose another name.</source>
        <translation>Het register heeft al een gebruiker met de naam %1. Kies een andere naam.</translation>
    </message>
    <message>
        <source>The register has no user called %1. See the users with: user list.</source>
        <translation>Het register heeft geen gebruiker met de naam %1. Bekijk de gebruikers met: user list.</translation>
    </message>
    <message>
        <source>You cannot remove yourself or the last beheerder. Add another beheerder first, and let them remove you.</source>
        <translation>U kunt uzelf of de laatste beheerder niet verwijderen. Voeg eerst een andere beheerder toe, en laat die u verwijderen.</translation>
    </message>
    <message>
        <source>This passphrase cannot be used: every user needs a passphrase of their own. Choose another one.</source>
        <translation>Deze wachtzin kan niet worden gebruikt: iedere gebruiker heeft een eigen wachtzin nodig. Kies een andere.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be a user name: use 1 to 64 characters, without line breaks or control characters.</source>
        <translation>&quot;%1&quot; kan geen gebruikersnaam zijn: gebruik 1 tot 64 tekens, zonder regeleinden of stuurtekens.</translation>
    </message>
</context>
<context>
    <name>Roles</name>
    <message>
        <source>administrator (beheerder)</source>
        <translation>beheerder</translation>
    </message>
    <message>
        <source>data entry (invoerder)</source>
        <translation>invoerder</translation>
    </message>
    <message>
        <source>self-registration (zelfaanmelding)</source>
        <translation>zelfaanmelding</translation>
    </message>
    <message>
        <source>Your role may only use the self-registration kiosk of this register. Ask a beheerder or invoerder.</source>
        <translation>Uw rol mag alleen de zelfaanmeldkiosk van dit register gebruiken. Vraag het een beheerder of invoerder.</translation>
    </message>
    <message>
        <source>Only a beheerder may export from this register. Ask a beheerder.</source>
        <translation>Alleen een beheerder mag uit dit register exporteren. Vraag het een beheerder.</translation>
    </message>
    <message>
        <source>Only a beheerder may submit or withdraw. Ask a beheerder.</source>
        <translation>Alleen een beheerder mag aanleveren of intrekken. Vraag het een beheerder.</translation>
    </message>
    <message>
        <source>Only a beheerder may make backups of this register. Ask a beheerder.</source>
        <translation>Alleen een beheerder mag back-ups van dit register maken. Vraag het een beheerder.</translation>
    </message>
    <message>
        <source>Only a beheerder may add or remove users. Ask a beheerder.</source>
        <translation>Alleen een beheerder mag gebruikers toevoegen of verwijderen. Vraag het een beheerder.</translation>
    </message>
    <message>
        <source>Only a beheerder or invoerder may start the kiosk.</source>
        <translation>Alleen een beheerder of invoerder mag de kiosk starten.</translation>
    </message>
    <message>
        <source>Only a beheerder may make, close or pull self-registration links. Ask a beheerder.</source>
        <translation>Alleen een beheerder mag links voor zelfaanmelding maken, sluiten of ophalen. Vraag een beheerder.</translation>
    </message>
</context>
<context>
    <name>SelfRegInbox</name>
    <message>
        <source>The self-registration %1 was already accepted.</source>
        <translation>De zelfaanmelding %1 is al geaccepteerd.</translation>
    </message>
    <message>
        <source>The self-registration %1 was already merged.</source>
        <translation>De zelfaanmelding %1 is al samengevoegd.</translation>
    </message>
    <message>
        <source>The self-registration %1 was already rejected.</source>
        <translation>De zelfaanmelding %1 is al afgewezen.</translation>
    </message>
    <message>
        <source>No data request in force for this register has fields for self-registration.</source>
        <translation>Geen uitvraag die voor dit register geldt, heeft velden voor zelfaanmelding.</translation>
    </message>
    <message>
        <source>This register did not make the link %1.</source>
        <translation>Dit register heeft de link %1 niet gemaakt.</translation>
    </message>
    <message>
        <source>There is no self-registration %1 in this register. See them with: selfreg list.</source>
        <translation>Dit register heeft geen zelfaanmelding %1. Bekijk ze met: selfreg list.</translation>
    </message>
    <message>
        <source>The respondent number &quot;%1&quot; is empty or already in use. Choose another one.</source>
        <translation>Het respondentnummer "%1" is leeg of al in gebruik. Kies een ander nummer.</translation>
    </message>
    <message>
        <source>There is no participant to merge it into.</source>
        <translation>Er is geen deelnemer om het mee samen te voegen.</translation>
    </message>
</context>
<context>
    <name>SelfRegSync</name>
    <message>
        <source>No key pair could be made.</source>
        <translation>Er kon geen sleutelpaar worden gemaakt.</translation>
    </message>
    <message>
        <source>The endpoint&apos;s answer names no link.</source>
        <translation>Het antwoord van de endpoint noemt geen link.</translation>
    </message>
    <message>
        <source>Fetching the entries of link %1…</source>
        <translation>Aanmeldingen van link %1 ophalen…</translation>
    </message>
</context>
<context>
    <name>SpecChangeReport</name>
    <message>
        <source>Records affected: %1.</source>
        <translation>Records waarvoor dit gevolgen heeft: %1.</translation>
    </message>
    <message numerus="yes">
        <source>New required field %1; records affected: %n.</source>
        <translation>
            <numerusform>Nieuw verplicht veld %1; records waarvoor dit gevolgen heeft: %n.</numerusform>
            <numerusform>Nieuw verplicht veld %1; records waarvoor dit gevolgen heeft: %n.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>New field %1 (optional); records affected: %n.</source>
        <translation>
            <numerusform>Nieuw veld %1 (niet verplicht); records waarvoor dit gevolgen heeft: %n.</numerusform>
            <numerusform>Nieuw veld %1 (niet verplicht); records waarvoor dit gevolgen heeft: %n.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 is no longer asked for; its values stay in the register, marked as no longer requested; records with a value: %n.</source>
        <translation>
            <numerusform>%1 wordt niet meer gevraagd; de waarden blijven in het register, gemarkeerd als niet meer gevraagd; records met een waarde: %n.</numerusform>
            <numerusform>%1 wordt niet meer gevraagd; de waarden blijven in het register, gemarkeerd als niet meer gevraagd; records met een waarde: %n.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 accepts new codes: %2; records no longer flagged: %n.</source>
        <translation>
            <numerusform>%1 accepteert nieuwe codes: %2; records die niet meer gemeld worden: %n.</numerusform>
            <numerusform>%1 accepteert nieuwe codes: %2; records die niet meer gemeld worden: %n.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 no longer accepts: %2; records affected: %n.</source>
        <translation>
            <numerusform>%1 accepteert niet meer: %2; records waarvoor dit gevolgen heeft: %n.</numerusform>
            <numerusform>%1 accepteert niet meer: %2; records waarvoor dit gevolgen heeft: %n.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The rule for %1 changed; records affected: %n.</source>
        <translation>
            <numerusform>De regel voor %1 is veranderd; records waarvoor dit gevolgen heeft: %n.</numerusform>
            <numerusform>De regel voor %1 is veranderd; records waarvoor dit gevolgen heeft: %n.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SpecStore</name>
    <message>
        <source>stored version %1 cannot be read by this build: %2</source>
        <translation>opgeslagen versie %1 kan deze versie van Veldboek niet lezen: %2</translation>
    </message>
    <message>
        <source>stored version %1 is older than the built-in %2</source>
        <translation>opgeslagen versie %1 is ouder dan de ingebouwde %2</translation>
    </message>
</context>
<context>
    <name>SubmissionStatus</name>
    <message>
        <source>withdrawn on %1</source>
        <translation>ingetrokken op %1</translation>
    </message>
    <message>
        <source>approved</source>
        <translation>goedgekeurd</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>afgekeurd</translation>
    </message>
    <message>
        <source>being checked</source>
        <translation>wordt gecontroleerd</translation>
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
    <name>XlsxWriter</name>
    <message>
        <source>A workbook needs at least one sheet.</source>
        <translation>Een werkmap heeft minstens één blad nodig.</translation>
    </message>
    <message>
        <source>The sheet name “%1” is longer than the 31 characters Excel allows.</source>
        <translation>De bladnaam “%1” is langer dan de 31 tekens die Excel toestaat.</translation>
    </message>
    <message>
        <source>The sheet name “%1” contains %2, which Excel does not allow.</source>
        <translation>De bladnaam “%1” bevat %2, en dat staat Excel niet toe.</translation>
    </message>
    <message>
        <source>The sheet name “%1” starts or ends with an apostrophe, which Excel does not allow.</source>
        <translation>De bladnaam “%1” begint of eindigt met een apostrof, en dat staat Excel niet toe.</translation>
    </message>
    <message>
        <source>The sheet name “%1” occurs twice.</source>
        <translation>De bladnaam “%1” komt twee keer voor.</translation>
    </message>
    <message>
        <source>The sheet “%1” has %2 rows; Excel allows at most 1,048,576.</source>
        <translation>Het blad “%1” heeft %2 rijen; Excel staat er hoogstens 1.048.576 toe.</translation>
    </message>
    <message>
        <source>Row %1 of the sheet “%2” has %3 columns; Excel allows at most 16,384.</source>
        <translation>Rij %1 van het blad “%2” heeft %3 kolommen; Excel staat er hoogstens 16.384 toe.</translation>
    </message>
    <message>
        <source>Row %1 of the sheet “%2” has a cell longer than the 32,767 characters Excel allows.</source>
        <translation>Rij %1 van het blad “%2” heeft een cel die langer is dan de 32.767 tekens die Excel toestaat.</translation>
    </message>
    <message>
        <source>The library for writing Excel workbooks (%1) cannot be loaded: %2</source>
        <translation>De bibliotheek voor het schrijven van Excel-werkmappen (%1) kan niet geladen worden: %2</translation>
    </message>
    <message>
        <source>The library for writing Excel workbooks (%1) lacks a function: %2</source>
        <translation>De bibliotheek voor het schrijven van Excel-werkmappen (%1) mist een functie: %2</translation>
    </message>
    <message>
        <source>Writing the workbook failed: %1</source>
        <translation>Het schrijven van de werkmap is mislukt: %1</translation>
    </message>
    <message>
        <source>Cannot write in the folder %1: %2</source>
        <translation>Kan niet schrijven in de map %1: %2</translation>
    </message>
    <message>
        <source>Cannot create the file %1.</source>
        <translation>Kan het bestand %1 niet aanmaken.</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <source>The passphrase is too easy to guess: use at least %1 characters, more words, or a sentence nobody would expect. (For a register of generated data only: --allow-weak-passphrase.)</source>
        <translation>De wachtzin is te makkelijk te raden: gebruik ten minste %1 tekens, meer woorden, of een zin die niemand zou verwachten. (Alleen voor een register met gegenereerde gegevens: --allow-weak-passphrase.)</translation>
    </message>
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
    <message>
        <source>--demo-clean goes with --demo N, for example --demo 200 --demo-clean</source>
        <translation>--demo-clean hoort bij --demo N, bijvoorbeeld --demo 200 --demo-clean</translation>
    </message>
    <message>
        <source>Figures of %1 (cluster %2), fetched %3; period %4 to %5</source>
        <translation>Cijfers van %1 (cluster %2), opgehaald %3; periode %4 tot en met %5</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Cijfer</translation>
    </message>
    <message>
        <source>Own</source>
        <translation>Eigen</translation>
    </message>
    <message>
        <source>Cluster</source>
        <translation>Cluster</translation>
    </message>
    <message>
        <source>No dashboard figures have been pulled back yet: submit the register with veldboek-cli sync first.</source>
        <translation>Er zijn nog geen dashboardcijfers opgehaald: lever het register eerst aan met veldboek-cli sync.</translation>
    </message>
    <message>
        <source>An import needs the spec of its file: --spec mdt, sor or cemplus.</source>
        <translation>Een import heeft de uitvraag van het bestand nodig: --spec mdt, sor of cemplus.</translation>
    </message>
    <message>
        <source>--on-match takes skip, update or add.</source>
        <translation>--on-match kent skip, update of add.</translation>
    </message>
    <message>
        <source>a spreadsheet program has damaged values in this file; nothing was imported.</source>
        <translation>een rekenbladprogramma heeft waarden in dit bestand beschadigd; er is niets geïmporteerd.</translation>
    </message>
    <message>
        <source>(%1 more)</source>
        <translation>(nog %1)</translation>
    </message>
    <message>
        <source>%1: dataset %2, %3 rows: %4 without problems, %5 with warnings, %6 with errors; %7 match a participant already in the register.</source>
        <translation>%1: dataset %2, %3 rijen: %4 zonder problemen, %5 met waarschuwingen, %6 met fouten; %7 komen overeen met een deelnemer die al in het register staat.</translation>
    </message>
    <message>
        <source>Columns not imported: %1</source>
        <translation>Niet geïmporteerde kolommen: %1</translation>
    </message>
    <message>
        <source>Imported %1 rows (%2 participants added, %3 updated, %4 skipped).</source>
        <translation>%1 rijen geïmporteerd (%2 deelnemers toegevoegd, %3 bijgewerkt, %4 overgeslagen).</translation>
    </message>
    <message>
        <source>Rows with errors came in flagged: correct them in Veldboek.</source>
        <translation>Rijen met fouten zijn gemarkeerd ingelezen: verbeter ze in Veldboek.</translation>
    </message>
    <message>
        <source>Wrote %1 rows to %2.</source>
        <translation>%1 rijen geschreven naar %2.</translation>
    </message>
    <message>
        <source>The connection settings are stored with the register %1.</source>
        <translation>De verbindingsinstellingen zijn opgeslagen bij het register %1.</translation>
    </message>
    <message>
        <source>Approved: submission %1.</source>
        <translation>Goedgekeurd: aanlevering %1.</translation>
    </message>
    <message>
        <source>The dashboard could not be fetched: %1</source>
        <translation>Het dashboard kon niet opgehaald worden: %1</translation>
    </message>
    <message>
        <source>Rejected: submission %1. What to correct:</source>
        <translation>Afgekeurd: aanlevering %1. Wat er verbeterd moet worden:</translation>
    </message>
    <message>
        <source>XLSX, sheet %1</source>
        <translation>XLSX, werkblad %1</translation>
    </message>
    <message>
        <source>tab</source>
        <translation>tab</translation>
    </message>
    <message>
        <source>CSV, separator %1, %2</source>
        <translation>CSV, scheidingsteken %1, %2</translation>
    </message>
    <message>
        <source>column &quot;%1&quot; is not a known column name, but resembles the field %2 (%3).</source>
        <translation>kolom &quot;%1&quot; is geen bekende kolomnaam, maar lijkt op het veld %2 (%3).</translation>
    </message>
    <message numerus="yes">
        <source>Nothing was imported. Say what to do with %n column(s): map them with --mapping MAP.json (for example {&quot;%1&quot;: &quot;%2&quot;}), or leave them out with --skip-columns &quot;%3&quot;.</source>
        <translation>
            <numerusform>Er is niets geïmporteerd. Zeg wat er met %n kolom moet gebeuren: koppel hem met --mapping MAP.json (bijvoorbeeld {&quot;%1&quot;: &quot;%2&quot;}), of laat hem weg met --skip-columns &quot;%3&quot;.</numerusform>
            <numerusform>Er is niets geïmporteerd. Zeg wat er met %n kolommen moet gebeuren: koppel ze met --mapping MAP.json (bijvoorbeeld {&quot;%1&quot;: &quot;%2&quot;}), of laat ze weg met --skip-columns &quot;%3&quot;.</numerusform>
        </translation>
    </message>
    <message>
        <source>Read as: %1</source>
        <translation>Gelezen als: %1</translation>
    </message>
    <message>
        <source>Not taken as participants: title rows %1, rows of totals %2.</source>
        <translation>Niet als deelnemers gelezen: titelregels %1, regels met totalen %2.</translation>
    </message>
    <message>
        <source>Hidden in the workbook, imported all the same: rows %1; columns %2.</source>
        <translation>Verborgen in de werkmap, toch geïmporteerd: rijen %1; kolommen %2.</translation>
    </message>
    <message numerus="yes">
        <source>%n value(s) given as the label of a code were read as the code.</source>
        <translation>
            <numerusform>%n waarde was de omschrijving van een code en is als die code gelezen.</numerusform>
            <numerusform>%n waarden waren de omschrijving van een code en zijn als die code gelezen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n person/people of the file are not in the register: each is added as a participant with only a citizen service number or client reference, which the participants&apos; check reports as incomplete until you fill in the rest.</source>
        <translation>
            <numerusform>%n persoon uit het bestand staat niet in het register: die wordt toegevoegd als deelnemer met alleen een burgerservicenummer of cliëntnummer, en de controle van de deelnemers meldt hem als onvolledig tot u de rest invult.</numerusform>
            <numerusform>%n personen uit het bestand staan niet in het register: elk wordt toegevoegd als deelnemer met alleen een burgerservicenummer of cliëntnummer, en de controle van de deelnemers meldt hen als onvolledig tot u de rest invult.</numerusform>
        </translation>
    </message>
    <message>
        <source>The participants&apos; check of those %1 as the register holds them after the import: %2 without problems, %3 with warnings, %4 with errors.</source>
        <translation>De controle van de deelnemers op die %1 zoals het register ze na de import bewaart: %2 zonder problemen, %3 met waarschuwingen, %4 met fouten.</translation>
    </message>
    <message>
        <source>The other %1 rows of %2 in the register, checked with the file&apos;s rows: %3 without problems, %4 with warnings, %5 with errors.</source>
        <translation>De andere %1 rijen van %2 in het register, gecontroleerd samen met de rijen van het bestand: %3 zonder problemen, %4 met waarschuwingen, %5 met fouten.</translation>
    </message>
    <message numerus="yes">
        <source>Not imported, %n row(s) that repeat an earlier row of the file (the same registered participant, or the same item of a measurement; the earlier row is imported): lines %1.</source>
        <translation>
            <numerusform>Niet geïmporteerd: %n rij die een eerdere rij van het bestand herhaalt (dezelfde geregistreerde deelnemer, of dezelfde vraag van een meting; de eerdere rij is geïmporteerd): regel %1.</numerusform>
            <numerusform>Niet geïmporteerd: %n rijen die een eerdere rij van het bestand herhalen (dezelfde geregistreerde deelnemer, of dezelfde vraag van een meting; de eerdere rij is geïmporteerd): regels %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>The file&apos;s rows have no errors, but the register has errors after the import in the rows counted above: correct them in Veldboek.</source>
        <translation>De rijen van het bestand hebben geen fouten, maar het register heeft na de import fouten in de hierboven getelde rijen: verbeter ze in Veldboek.</translation>
    </message>
    <message>
        <source>The register keeps a measurement&apos;s date, informant, questionnaire and client reference from its first row; these rows give others, which are not imported: lines %1.</source>
        <translation>Het register bewaart de datum, informant, vragenlijst en cliëntreferentie van een meting uit de eerste rij ervan; deze rijen geven andere, die niet zijn geïmporteerd: regels %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n deletion request(s) sent.</source>
        <translation>
            <numerusform>%n verwijderverzoek verstuurd.</numerusform>
            <numerusform>%n verwijderverzoeken verstuurd.</numerusform>
        </translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Toelichting: %1</translation>
    </message>
    <message>
        <source>%1 (%2): %3 rows read, %4 imported, %5 values cleared, %6 warnings</source>
        <translation>%1 (%2): %3 rijen gelezen, %4 geïmporteerd, %5 waarden gewist, %6 waarschuwingen</translation>
    </message>
    <message>
        <source>Withdrawn: submission %1. The endpoint no longer counts it.</source>
        <translation>Ingetrokken: inzending %1. Het eindpunt telt haar niet meer mee.</translation>
    </message>
    <message>
        <source>%1 %2: unchanged.</source>
        <translation>%1 %2: ongewijzigd.</translation>
    </message>
    <message>
        <source>%1 %2: stored; the built-in version is newer and stays in force.</source>
        <translation>%1 %2: opgeslagen; de ingebouwde versie is nieuwer en blijft gelden.</translation>
    </message>
    <message>
        <source>%1 %2: in force from now on (was %3).</source>
        <translation>%1 %2: geldt vanaf nu (was %3).</translation>
    </message>
    <message>
        <source>%1 %2: in force from now on.</source>
        <translation>%1 %2: geldt vanaf nu.</translation>
    </message>
    <message>
        <source>%1 %2: built-in (sha256 %3)</source>
        <translation>%1 %2: ingebouwd (sha256 %3)</translation>
    </message>
    <message>
        <source>%1 %2: from %3, fetched %4 (sha256 %5)</source>
        <translation>%1 %2: van %3, opgehaald %4 (sha256 %5)</translation>
    </message>
    <message>
        <source>Usage:</source>
        <translation>Gebruik:</translation>
    </message>
    <message>
        <source>Offline: the rules could not be fetched; the register&apos;s own rules are used.</source>
        <translation>Offline: de regels konden niet worden opgehaald; de eigen regels van het register worden gebruikt.</translation>
    </message>
    <message>
        <source>The rules could not be fetched from the endpoint: %1</source>
        <translation>De regels konden niet bij het aanleverpunt worden opgehaald: %1</translation>
    </message>
    <message>
        <source>The new rules are in force, but what they change could not be worked out: %1</source>
        <translation>De nieuwe regels gelden, maar wat ze veranderen kon niet worden bepaald: %1</translation>
    </message>
    <message>
        <source>The endpoint&apos;s rules have changed, so nothing was sent. See what they find with: veldboek-cli validate %1; correct it and run sync again (the next sync is checked with the new rules).</source>
        <translation>De regels van het aanleverpunt zijn veranderd, dus er is niets verzonden. Bekijk wat ze vinden met: veldboek-cli validate %1; verbeter het en voer sync opnieuw uit (de volgende sync wordt met de nieuwe regels gecontroleerd).</translation>
    </message>
    <message>
        <source>A new user needs a role (--role beheerder, invoerder or zelfaanmelding) and a passphrase of their own (--new-passphrase-file F).</source>
        <translation>Een nieuwe gebruiker heeft een rol nodig (--role beheerder, invoerder of zelfaanmelding) en een eigen wachtzin (--new-passphrase-file F).</translation>
    </message>
    <message>
        <source>Added %1 as %2.</source>
        <translation>%1 is toegevoegd als %2.</translation>
    </message>
    <message>
        <source>Removed %1. The register has a new key; %1&apos;s passphrase opens nothing of it any more.</source>
        <translation>%1 is verwijderd. Het register heeft een nieuwe sleutel; de wachtzin van %1 opent er niets meer van.</translation>
    </message>
    <message>
        <source>The new passphrase is too easy to guess: use at least %1 characters, more words, or a sentence nobody would expect.</source>
        <translation>De nieuwe wachtzin is te makkelijk te raden: gebruik minstens %1 tekens, meer woorden, of een zin die niemand verwacht.</translation>
    </message>
    <message>
        <source>The passphrase is changed.</source>
        <translation>De wachtzin is veranderd.</translation>
    </message>
    <message>
        <source>The link %1 is closed: it takes no more entries. Entries that came in before can still be pulled.</source>
        <translation>De link %1 is gesloten: er kunnen geen aanmeldingen meer bij. Wat eerder binnenkwam, kan nog worden opgehaald.</translation>
    </message>
    <message>
        <source>Give this address to the people who register themselves. Pull their entries with: selfreg pull</source>
        <translation>Geef dit adres aan de mensen die zich zelf aanmelden. Haal hun aanmeldingen op met: selfreg pull</translation>
    </message>
    <message>
        <source>%1 new self-registration(s) pulled from %2 link(s); %3 were pulled before. See them with: selfreg list</source>
        <translation>%1 nieuwe zelfaanmelding(en) opgehaald van %2 link(s); %3 waren al eerder opgehaald. Bekijk ze met: selfreg list</translation>
    </message>
    <message>
        <source>%1 entr(y/ies) could not be opened or hold what the form never asks: they were changed after they were sealed, or do not come from the page. They stay on the endpoint and are not in the register.</source>
        <translation>%1 aanmelding(en) konden niet worden geopend of bevatten wat het formulier nooit vraagt: ze zijn na het versleutelen veranderd, of komen niet van de pagina. Ze blijven op de endpoint en staan niet in het register.</translation>
    </message>
    <message>
        <source>There is no self-registration %1 in this register (or the start is not unique). See them with: selfreg list</source>
        <translation>Dit register heeft geen zelfaanmelding %1 (of het begin is niet uniek). Bekijk ze met: selfreg list</translation>
    </message>
    <message>
        <source>No self-registrations are waiting.</source>
        <translation>Er wachten geen zelfaanmeldingen.</translation>
    </message>
    <message>
        <source>probably already registered as %1</source>
        <translation>waarschijnlijk al ingeschreven als %1</translation>
    </message>
    <message>
        <source>probably the same person as entry %1</source>
        <translation>waarschijnlijk dezelfde persoon als aanmelding %1</translation>
    </message>
    <message>
        <source>Rejected; its details are gone from the register.</source>
        <translation>Afgewezen; de gegevens zijn uit het register verwijderd.</translation>
    </message>
    <message>
        <source>Accepted as %1.</source>
        <translation>Geaccepteerd als %1.</translation>
    </message>
    <message>
        <source>Say which participant it is with --into NUMBER (the respondent number).</source>
        <translation>Zeg met --into NUMMER (het respondentnummer) welke deelnemer het is.</translation>
    </message>
    <message>
        <source>Merged; fields filled in: %1.</source>
        <translation>Samengevoegd; ingevulde velden: %1.</translation>
    </message>
</context>
<context>
    <name>sync</name>
    <message>
        <source>The token could not be read from the keychain: %1</source>
        <translation>Het token kon niet uit de sleutelhanger gelezen worden: %1</translation>
    </message>
    <message>
        <source>The token could not be stored in the keychain: %1</source>
        <translation>Het token kon niet in de sleutelhanger bewaard worden: %1</translation>
    </message>
    <message>
        <source>All is well: the connection is secure (TLS), the certificate is trusted and the token is accepted, for %1.</source>
        <translation>Alles in orde: de verbinding is beveiligd (TLS), het certificaat wordt vertrouwd en het token is geaccepteerd, voor %1.</translation>
    </message>
    <message>
        <source>The connection is secure and the certificate is trusted, but the token is wrong: %1</source>
        <translation>De verbinding is beveiligd en het certificaat wordt vertrouwd, maar het token klopt niet: %1</translation>
    </message>
    <message>
        <source>A connection was made, but the certificate is not right: %1</source>
        <translation>Er is verbinding, maar het certificaat klopt niet: %1</translation>
    </message>
    <message>
        <source>The endpoint address is not a web address, for example https://example.nl.</source>
        <translation>Het adres van het aanleverpunt is geen webadres, bijvoorbeeld https://example.nl.</translation>
    </message>
    <message>
        <source>The endpoint address must start with https://; an unencrypted connection is never used.</source>
        <translation>Het adres van het aanleverpunt moet met https:// beginnen; een onversleutelde verbinding wordt nooit gebruikt.</translation>
    </message>
    <message>
        <source>The pin must look like sha256/ followed by the Base64 SHA-256 of the public key (44 characters).</source>
        <translation>De pin moet de vorm sha256/ hebben, gevolgd door de Base64-SHA-256 van de publieke sleutel (44 tekens).</translation>
    </message>
    <message>
        <source>No token has been entered for the endpoint.</source>
        <translation>Er is nog geen token voor het aanleverpunt ingevuld.</translation>
    </message>
    <message>
        <source>The CA file %1 cannot be read: %2</source>
        <translation>Het CA-bestand %1 kan niet gelezen worden: %2</translation>
    </message>
    <message>
        <source>The CA file %1 holds no certificate in PEM form.</source>
        <translation>Het CA-bestand %1 bevat geen certificaat in PEM-vorm.</translation>
    </message>
    <message>
        <source>fewer than 10</source>
        <translation>minder dan 10</translation>
    </message>
    <message>
        <source>The register holds nothing to submit yet: enter a participant first.</source>
        <translation>Het register bevat nog niets om aan te leveren: voer eerst een deelnemer in.</translation>
    </message>
    <message>
        <source>No approved submission yet.</source>
        <translation>Nog geen goedgekeurde aanlevering.</translation>
    </message>
    <message>
        <source>Overdue: the last approved submission was on %1, more than two months ago. Submit the register now.</source>
        <translation>Te laat: de laatste goedgekeurde aanlevering was op %1, meer dan twee maanden geleden. Lever het register nu aan.</translation>
    </message>
    <message numerus="yes">
        <source>The last approved submission is %n day(s) old; submit before %1.</source>
        <translation>
            <numerusform>De laatste goedgekeurde aanlevering is %n dag oud; lever aan vóór %1.</numerusform>
            <numerusform>De laatste goedgekeurde aanlevering is %n dagen oud; lever aan vóór %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Last approved submission: %1.</source>
        <translation>Laatste goedgekeurde aanlevering: %1.</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Deelnemers</translation>
    </message>
    <message>
        <source>Active participants</source>
        <translation>Actieve deelnemers</translation>
    </message>
    <message>
        <source>Started this period</source>
        <translation>Gestart deze periode</translation>
    </message>
    <message>
        <source>Registration complete</source>
        <translation>Registratie volledig</translation>
    </message>
    <message>
        <source>GAS goals</source>
        <translation>GAS-doelen</translation>
    </message>
    <message>
        <source>GAS goals reached</source>
        <translation>GAS-doelen bereikt</translation>
    </message>
    <message>
        <source>GAS scores by other informants</source>
        <translation>GAS-scores van andere informanten</translation>
    </message>
    <message>
        <source>Problem-reduction scores by other informants</source>
        <translation>Scores probleem­afname van andere informanten</translation>
    </message>
    <message>
        <source>CEM+ measurements</source>
        <translation>CEM+-metingen</translation>
    </message>
    <message>
        <source>Usefulness of the help (grade)</source>
        <translation>Nut van de hulp (rapportcijfer)</translation>
    </message>
    <message>
        <source>all</source>
        <translation>alle</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 van %2</translation>
    </message>
    <message>
        <source>Not drawn: %1</source>
        <translation>Niet getekend: %1</translation>
    </message>
    <message>
        <source>not shown: would give away a small number</source>
        <translation>niet getoond: zou een klein aantal verraden</translation>
    </message>
    <message>
        <source>not shown: fewer than 10, or hidden to protect another figure</source>
        <translation>niet getoond: minder dan 10, of om een ander cijfer te beschermen</translation>
    </message>
    <message>
        <source>not shown: too few organisations in the cluster</source>
        <translation>niet getoond: te weinig organisaties in het cluster</translation>
    </message>
    <message>
        <source>not shown: one organisation makes up most of it</source>
        <translation>niet getoond: één organisatie levert het grootste deel</translation>
    </message>
    <message>
        <source>not shown: no release yet</source>
        <translation>niet getoond: nog geen publicatie</translation>
    </message>
    <message>
        <source>merged into “other”</source>
        <translation>samengevoegd in ‘overig’</translation>
    </message>
    <message>
        <source>CEM+ other questionnaires</source>
        <translation>CEM+ overige vragenlijsten</translation>
    </message>
    <message>
        <source>CEM+ parents, end of help</source>
        <translation>CEM+ ouders, einde hulp</translation>
    </message>
    <message>
        <source>CEM+ youth, end of help</source>
        <translation>CEM+ jongeren, einde hulp</translation>
    </message>
    <message>
        <source>CEM+ parents, long-term help</source>
        <translation>CEM+ ouders, duurzame hulp</translation>
    </message>
    <message>
        <source>CEM+ youth, long-term help</source>
        <translation>CEM+ jongeren, duurzame hulp</translation>
    </message>
</context>
<context>
    <name>veldboek::EndpointRequest</name>
    <message>
        <source>Cancelled; nothing was counted as sent.</source>
        <translation>Geannuleerd; er is niets als verstuurd geteld.</translation>
    </message>
    <message>
        <source>The endpoint&apos;s public key does not match the pin in the connection settings: this may not be your endpoint. Nothing was sent.</source>
        <translation>De publieke sleutel van het aanleverpunt komt niet overeen met de pin in de verbindingsinstellingen: dit is misschien niet uw aanleverpunt. Er is niets verstuurd.</translation>
    </message>
    <message>
        <source>The endpoint did not answer within %1 seconds.</source>
        <translation>Het aanleverpunt antwoordde niet binnen %1 seconden.</translation>
    </message>
    <message>
        <source>The endpoint&apos;s certificate is not trusted (%1). Choose the CA file of the endpoint in the connection settings, or ask its administrator. Nothing was sent.</source>
        <translation>Het certificaat van het aanleverpunt wordt niet vertrouwd (%1). Kies het CA-bestand van het aanleverpunt in de verbindingsinstellingen, of vraag het de beheerder. Er is niets verstuurd.</translation>
    </message>
    <message>
        <source>No secure (TLS) connection could be made: %1. Nothing was sent.</source>
        <translation>Er kon geen beveiligde (TLS-)verbinding gemaakt worden: %1. Er is niets verstuurd.</translation>
    </message>
    <message>
        <source>The endpoint refused the token (HTTP %1). Enter the token again in the connection settings, or ask the endpoint&apos;s administrator for a new one.</source>
        <translation>Het aanleverpunt weigert het token (HTTP %1). Vul het token opnieuw in bij de verbindingsinstellingen, of vraag de beheerder van het aanleverpunt om een nieuw token.</translation>
    </message>
    <message>
        <source>The endpoint had a problem (HTTP %1)%2.</source>
        <translation>Het aanleverpunt had een probleem (HTTP %1)%2.</translation>
    </message>
    <message>
        <source>The endpoint refused the request (HTTP %1): %2</source>
        <translation>Het aanleverpunt weigerde het verzoek (HTTP %1): %2</translation>
    </message>
    <message>
        <source>The endpoint could not be reached: %1</source>
        <translation>Het aanleverpunt is niet bereikbaar: %1</translation>
    </message>
    <message>
        <source>The answer (HTTP %1) did not come from the endpoint: it was not its JSON but perhaps a network&apos;s login page. Log in to the network first; nothing was counted as sent.</source>
        <translation>Het antwoord (HTTP %1) kwam niet van het aanleverpunt: het was geen JSON van het aanleverpunt, maar misschien de inlogpagina van een netwerk. Log eerst in op het netwerk; er is niets als verstuurd geteld.</translation>
    </message>
</context>
<context>
    <name>veldboek::HistorySync</name>
    <message>
        <source>The time to withdraw this submission is over (the endpoint allows it for a number of days after it arrived). Nothing was changed.</source>
        <translation>De termijn om deze inzending in te trekken is voorbij (het eindpunt staat het een aantal dagen na ontvangst toe). Er is niets veranderd.</translation>
    </message>
    <message>
        <source>This submission was already withdrawn. Nothing was changed.</source>
        <translation>Deze inzending was al ingetrokken. Er is niets veranderd.</translation>
    </message>
    <message>
        <source>The endpoint does not know this submission. Nothing was changed.</source>
        <translation>Het eindpunt kent deze inzending niet. Er is niets veranderd.</translation>
    </message>
    <message>
        <source>There is no network: the endpoint cannot be asked now. Nothing was changed; the history shows what the register stored.</source>
        <translation>Er is geen netwerk: het eindpunt kan nu niet worden gevraagd. Er is niets veranderd; de geschiedenis toont wat het register heeft bewaard.</translation>
    </message>
    <message>
        <source>The endpoint&apos;s answer to a deletion request could not be recorded; it is matched again at the next refresh.</source>
        <translation>Het antwoord van het eindpunt op een verwijderverzoek kon niet worden vastgelegd; het wordt bij de volgende verversing opnieuw gekoppeld.</translation>
    </message>
    <message>
        <source>The endpoint withdrew the submission, but the register could not record it: %1. Refresh the history.</source>
        <translation>Het eindpunt heeft de inzending ingetrokken, maar het register kon dat niet vastleggen: %1. Ververs de geschiedenis.</translation>
    </message>
</context>
<context>
    <name>veldboek::SpecPull</name>
    <message>
        <source>The register keeps the specs it has.</source>
        <translation>Het register houdt de specificaties die het heeft.</translation>
    </message>
    <message>
        <source>The endpoint&apos;s list of specs is not what the API promises (no &quot;specs&quot; list).</source>
        <translation>De lijst met specificaties van het eindpunt is niet wat de API belooft (geen lijst &quot;specs&quot;).</translation>
    </message>
    <message>
        <source>The endpoint&apos;s list of specs names a spec with an unusable id.</source>
        <translation>De lijst met specificaties van het eindpunt noemt een specificatie met een onbruikbare id.</translation>
    </message>
    <message>
        <source>The specs could not be stored in the register: %1</source>
        <translation>De specificaties konden niet in het register worden opgeslagen: %1</translation>
    </message>
    <message>
        <source>The endpoint&apos;s spec %1 did not arrive as a spec (cut off, or a page of something in between).</source>
        <translation>De specificatie %1 van het eindpunt kwam niet aan als specificatie (afgebroken, of een pagina van iets ertussen).</translation>
    </message>
    <message>
        <source>The spec %1 did not arrive whole (its bytes do not match the endpoint&apos;s hash).</source>
        <translation>De specificatie %1 is niet heel aangekomen (de bytes passen niet bij de hash van het eindpunt).</translation>
    </message>
    <message>
        <source>The endpoint&apos;s spec %1 cannot be used by this version of Veldboek (%2).</source>
        <translation>De specificatie %1 van het eindpunt is niet bruikbaar voor deze versie van Veldboek (%2).</translation>
    </message>
    <message>
        <source>The spec at %1 calls itself &quot;%2&quot;.</source>
        <translation>De specificatie op %1 noemt zichzelf &quot;%2&quot;.</translation>
    </message>
</context>
<context>
    <name>veldboek::SubmissionRun</name>
    <message>
        <source>Checking the whole register…</source>
        <translation>Het hele register wordt gecontroleerd…</translation>
    </message>
    <message>
        <source>Cancelled; nothing was sent.</source>
        <translation>Geannuleerd; er is niets verstuurd.</translation>
    </message>
    <message numerus="yes">
        <source>The register has %n error(s); correct them first (see the problems). Nothing was sent.</source>
        <translation>
            <numerusform>Het register bevat %n fout(en); verbeter die eerst (zie de problemen). Er is niets verstuurd.</numerusform>
            <numerusform>Het register bevat %n fout(en); verbeter die eerst (zie de problemen). Er is niets verstuurd.</numerusform>
        </translation>
    </message>
    <message>
        <source>There is no network. The register will be sent as soon as the network is back; keep Veldboek open.</source>
        <translation>Er is geen netwerk. Het register wordt verstuurd zodra het netwerk terug is; laat Veldboek openstaan.</translation>
    </message>
    <message>
        <source>Sending the register (%1 kB)…</source>
        <translation>Het register wordt verstuurd (%1 kB)…</translation>
    </message>
    <message>
        <source>Attempt %1 failed (%2); trying again in %3 s with the same package.</source>
        <translation>Poging %1 mislukt (%2); over %3 s opnieuw met hetzelfde pakket.</translation>
    </message>
    <message>
        <source>The answer (HTTP %1) was not a receipt for this register: no submission id for this package. Nothing was counted as sent.</source>
        <translation>Het antwoord (HTTP %1) was geen ontvangstbewijs voor dit register: geen aanleverings-id voor dit pakket. Er is niets als verstuurd geteld.</translation>
    </message>
    <message>
        <source>Received by the endpoint; waiting for its technical check…</source>
        <translation>Ontvangen door het aanleverpunt; wachten op de technische controle…</translation>
    </message>
    <message>
        <source>The endpoint received the register (submission %1) but has not finished its check yet; submit again later to see the result.</source>
        <translation>Het aanleverpunt heeft het register ontvangen (aanlevering %1), maar is nog niet klaar met controleren; lever later opnieuw aan om de uitslag te zien.</translation>
    </message>
    <message>
        <source>The endpoint answered, but the register could not record it: %1</source>
        <translation>Het aanleverpunt antwoordde, maar het register kon dat niet vastleggen: %1</translation>
    </message>
    <message>
        <source>The endpoint rejected the register; see the report for what to correct.</source>
        <translation>Het aanleverpunt heeft het register afgekeurd; zie het rapport voor wat er verbeterd moet worden.</translation>
    </message>
    <message>
        <source>Approved. Fetching the dashboard figures…</source>
        <translation>Goedgekeurd. De dashboardcijfers worden opgehaald…</translation>
    </message>
    <message>
        <source>Approved by the endpoint.</source>
        <translation>Goedgekeurd door het aanleverpunt.</translation>
    </message>
    <message>
        <source>Rejected by the endpoint; see the report.</source>
        <translation>Afgekeurd door het aanleverpunt; zie het rapport.</translation>
    </message>
</context>
<context>
    <name>veldboek::gui::AboutDialog</name>
    <message>
        <source>About Veldboek</source>
        <translation>Over Veldboek</translation>
    </message>
    <message>
        <source>The encrypted register of participants and outcome data: it checks every field as you type and submits the register to the central endpoint.</source>
        <translation>Het versleutelde register van deelnemers en uitkomstdata: het controleert elk veld tijdens het typen en levert het register aan bij het centrale aanleverpunt.</translation>
    </message>
    <message>
        <source>Qt</source>
        <translation>Qt</translation>
    </message>
    <message>
        <source>%1 (built with %2)</source>
        <translation>%1 (gebouwd met %2)</translation>
    </message>
    <message>
        <source>SQLCipher</source>
        <translation>SQLCipher</translation>
    </message>
    <message>
        <source>%1 (SQLite %2)</source>
        <translation>%1 (SQLite %2)</translation>
    </message>
    <message>
        <source>OpenSSL</source>
        <translation>OpenSSL</translation>
    </message>
    <message>
        <source>TLS (Qt Network)</source>
        <translation>TLS (Qt Network)</translation>
    </message>
</context>
<context>
    <name>veldboek::gui::AddUserDialog</name>
    <message>
        <source>Add user</source>
        <translation>Gebruiker toevoegen</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Naam:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Rol:</translation>
    </message>
    <message>
        <source>Their &amp;passphrase:</source>
        <translation>Hun &amp;wachtzin:</translation>
    </message>
    <message>
        <source>Re&amp;peat it:</source>
        <translation>&amp;Herhaal die:</translation>
    </message>
    <message>
        <source>&amp;Your own passphrase:</source>
        <translation>&amp;Uw eigen wachtzin:</translation>
    </message>
    <message>
        <source>Your own passphrase confirms that it is you; leave it empty when your key is in the keychain. Give the new user their passphrase in person, never by e-mail.</source>
        <translation>Uw eigen wachtzin bevestigt dat u het bent; laat dit leeg als uw sleutel in de sleutelhanger staat. Geef de nieuwe gebruiker de wachtzin persoonlijk, nooit per e-mail.</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Toevoegen</translation>
    </message>
    <message>
        <source>Type the new user&apos;s name.</source>
        <translation>Typ de naam van de nieuwe gebruiker.</translation>
    </message>
    <message>
        <source>Their passphrase is too easy to guess: use at least %1 characters, more words, or a sentence nobody would expect.</source>
        <translation>Hun wachtzin is te makkelijk te raden: gebruik minstens %1 tekens, meer woorden, of een zin die niemand verwacht.</translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>De twee wachtzinnen verschillen.</translation>
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
    <message>
        <source>created by the import of %1</source>
        <translation>aangemaakt bij het inlezen van %1</translation>
    </message>
    <message>
        <source>Deletion requested on %1. %2</source>
        <translation>Verwijdering aangevraagd op %1. %2</translation>
    </message>
    <message>
        <source>(deletion request)</source>
        <translation>(verwijderverzoek)</translation>
    </message>
</context>
<context>
    <name>veldboek::gui::CemTab</name>
    <message>
        <source>Measurement date</source>
        <translation>Datum meting</translation>
    </message>
    <message>
        <source>Answer to %1</source>
        <translation>Antwoord op %1</translation>
    </message>
    <message>
        <source>Save &amp;change</source>
        <translation>Wijziging op&amp;slaan</translation>
    </message>
    <message>
        <source>Save &amp;measurement</source>
        <translation>&amp;Meting opslaan</translation>
    </message>
    <message>
        <source>Answers of the measurement of %1</source>
        <translation>Antwoorden van de meting van %1</translation>
    </message>
    <message>
        <source>Answers (type the digit; the cursor moves on)</source>
        <translation>Antwoorden (typ het cijfer; de cursor gaat vanzelf door)</translation>
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
        <source>change CEM+ measurement</source>
        <translation>CEM+-meting wijzigen</translation>
    </message>
    <message>
        <source>CEM+ measurement changed.</source>
        <translation>CEM+-meting gewijzigd.</translation>
    </message>
    <message>
        <source>add CEM+ measurement</source>
        <translation>CEM+-meting toevoegen</translation>
    </message>
    <message>
        <source>CEM+ measurement saved.</source>
        <translation>CEM+-meting opgeslagen.</translation>
    </message>
    <message numerus="yes">
        <source>Delete the CEM+ measurement of %1 with its %n answer(s)?</source>
        <translation>
            <numerusform>De CEM+-meting van %1 met %n antwoord verwijderen?</numerusform>
            <numerusform>De CEM+-meting van %1 met %n antwoorden verwijderen?</numerusform>
        </translation>
    </message>
    <message>
        <source>delete CEM+ measurement</source>
        <translation>CEM+-meting verwijderen</translation>
    </message>
    <message>
        <source>CEM+ measurement deleted.</source>
        <translation>CEM+-meting verwijderd.</translation>
    </message>
</context>
<context>
    <name>veldboek::gui::ChangePassphraseDialog</name>
    <message>
        <source>Change my passphrase</source>
        <translation>Mijn wachtzin wijzigen</translation>
    </message>
    <message>
        <source>&amp;Current passphrase:</source>
        <translation>&amp;Huidige wachtzin:</translation>
    </message>
    <message>
        <source>&amp;New passphrase:</source>
        <translation>&amp;Nieuwe wachtzin:</translation>
    </message>
    <message>
        <source>Re&amp;peat it:</source>
        <translation>&amp;Herhaal die:</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Wijzigen</translation>
    </message>
    <message>
        <source>Type your current passphrase.</source>
        <translation>Typ uw huidige wachtzin.</translation>
    </message>
    <message>
        <source>The new passphrase is too easy to guess: use at least %1 characters, more words, or a sentence nobody would expect.</source>
        <translation>De nieuwe wachtzin is te makkelijk te raden: gebruik minstens %1 tekens, meer woorden, of een zin die niemand verwacht.</translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>De twee wachtzinnen verschillen.</translation>
    </message>
</context>
<context>
    <name>veldboek::gui::ConnectionDialog</name>
    <message>
        <source>&amp;Test connection</source>
        <translation>Verbinding &amp;testen</translation>
    </message>
    <message>
        <source>Endpoint connection</source>
        <translation>Verbinding met het aanleverpunt</translation>
    </message>
    <message>
        <source>optional: sha256/… of the public key</source>
        <translation>niet verplicht: sha256/… van de publieke sleutel</translation>
    </message>
    <message>
        <source>the token you received from the endpoint</source>
        <translation>het token dat u van het aanleverpunt kreeg</translation>
    </message>
    <message>
        <source>stored; leave empty to keep it</source>
        <translation>opgeslagen; laat leeg om het te houden</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Kiezen…</translation>
    </message>
    <message>
        <source>CA certificate of the endpoint</source>
        <translation>CA-certificaat van het aanleverpunt</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt)</source>
        <translation>Certificaten (*.pem *.crt)</translation>
    </message>
    <message>
        <source>Endpoint &amp;address:</source>
        <translation>&amp;Adres van het aanleverpunt:</translation>
    </message>
    <message>
        <source>T&amp;oken:</source>
        <translation>T&amp;oken:</translation>
    </message>
    <message>
        <source>&amp;CA file:</source>
        <translation>&amp;CA-bestand:</translation>
    </message>
    <message>
        <source>Public-key &amp;pin:</source>
        <translation>&amp;Pin van de publieke sleutel:</translation>
    </message>
    <message>
        <source>Testing the connection…</source>
        <translation>De verbinding wordt getest…</translation>
    </message>
    <message>
        <source>%1 version %2</source>
        <translation>%1 versie %2</translation>
    </message>
    <message>
        <source>New rules are in force: %1.</source>
        <translation>Nieuwe regels gelden vanaf nu: %1.</translation>
    </message>
    <message>
        <source>Working out what the new rules change…</source>
        <translation>Bepalen wat de nieuwe regels veranderen…</translation>
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
    <message>
        <source>Participants</source>
        <translation>Deelnemers</translation>
    </message>
    <message>
        <source>Tip: a sentence of four or five words that belong together only for you.</source>
        <translation>Tip: een zin van vier of vijf woorden die alleen voor u bij elkaar horen.</translation>
    </message>
    <message>
        <source>Too short: at least %1 characters.</source>
        <translation>Te kort: minimaal %1 tekens.</translation>
    </message>
    <message>
        <source>Weak: easy to guess. Add words, or choose a sentence nobody would expect.</source>
        <translation>Zwak: makkelijk te raden. Voeg woorden toe, of kies een zin die niemand verwacht.</translation>
    </message>
    <message>
        <source>Fair: one or two more unusual words make it strong.</source>
        <translation>Redelijk: met een of twee ongewone woorden erbij wordt hij sterk.</translation>
    </message>
    <message>
        <source>Strong.</source>
        <translation>Sterk.</translation>
    </message>
    <message>
        <source>This passphrase is too easy to guess. Add words, or choose a sentence nobody would expect.</source>
        <translation>Deze wachtzin is te makkelijk te raden. Voeg woorden toe, of kies een zin die niemand verwacht.</translation>
    </message>
    <message>
        <source>Save register as</source>
        <translation>Register opslaan als</translation>
    </message>
    <message>
        <source>Veldboek saves an encrypted copy of the register, with every change and the edit in hand, and goes on working in the copy. Choose where to save it and how its key is kept.</source>
        <translation>Veldboek slaat een versleutelde kopie van het register op, met elke wijziging en de wijziging die u nu maakt, en werkt daarna verder in de kopie. Kies waar u die opslaat en hoe de sleutel wordt bewaard.</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>Op&amp;slaan</translation>
    </message>
</context>
<context>
    <name>veldboek::gui::DashboardView</name>
    <message>
        <source>Figures: own and cluster</source>
        <translation>Cijfers: eigen en cluster</translation>
    </message>
    <message>
        <source>&amp;Fetch figures</source>
        <translation>Cijfers &amp;ophalen</translation>
    </message>
    <message>
        <source>Local &amp;preview</source>
        <translation>Lokale &amp;voorvertoning</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Cijfer</translation>
    </message>
    <message>
        <source>Own</source>
        <translation>Eigen</translation>
    </message>
    <message>
        <source>Cluster</source>
        <translation>Cluster</translation>
    </message>
    <message>
        <source>Fetching the figures…</source>
        <translation>De cijfers worden opgehaald…</translation>
    </message>
    <message>
        <source>Local preview from the register: not submitted yet</source>
        <translation>Lokale voorvertoning uit het register: nog niet aangeleverd</translation>
    </message>
    <message>
        <source>Figures from the endpoint, fetched %1</source>
        <translation>Cijfers van het aanleverpunt, opgehaald %1</translation>
    </message>
    <message>
        <source>GAS goal attainment (% of scores)</source>
        <translation>GAS-doelrealisatie (% van de scores)</translation>
    </message>
    <message>
        <source>Parent and client only: scores by other informants are counted apart (see the table).</source>
        <translation>Alleen ouder en cliënt: scores van andere informanten zijn apart geteld (zie de tabel).</translation>
    </message>
    <message>
        <source>worse</source>
        <translation>slechter</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>onveranderd</translation>
    </message>
    <message>
        <source>partly</source>
        <translation>deels</translation>
    </message>
    <message>
        <source>reached</source>
        <translation>bereikt</translation>
    </message>
    <message>
        <source>CEM+ usefulness grade (% of answers)</source>
        <translation>CEM+-rapportcijfer nut (% van de antwoorden)</translation>
    </message>
    <message>
        <source>CEM+ dimensions (mean, 1-4)</source>
        <translation>CEM+-dimensies (gemiddelde, 1-4)</translation>
    </message>
    <message>
        <source>accessibility</source>
        <translation>toegankelijkheid</translation>
    </message>
    <message>
        <source>treatment</source>
        <translation>bejegening</translation>
    </message>
    <message>
        <source>cooperation</source>
        <translation>samenwerking</translation>
    </message>
    <message>
        <source>The cluster&apos;s grades are merged into other bands, so they are not drawn beside these.</source>
        <translation>De cijfers van het cluster zijn in andere groepen samengevoegd en staan daarom niet naast deze.</translation>
    </message>
    <message>
        <source>Merged: grades %1, each with fewer than 10 answers on its own.</source>
        <translation>Samengevoegd: cijfers %1, elk met minder dan 10 antwoorden.</translation>
    </message>
    <message>
        <source>Merged: months into quarters, as some months had fewer than 10 starts.</source>
        <translation>Samengevoegd: maanden tot kwartalen, omdat sommige maanden minder dan 10 starts hadden.</translation>
    </message>
    <message>
        <source>Participants started per quarter (last four quarters)</source>
        <translation>Gestarte deelnemers per kwartaal (laatste vier kwartalen)</translation>
    </message>
    <message>
        <source>Participants started in the last four quarters</source>
        <translation>Gestarte deelnemers in de laatste vier kwartalen</translation>
    </message>
    <message>
        <source>Merged: the months of the last four quarters into one, as some quarters had fewer than 10 starts.</source>
        <translation>Samengevoegd: de maanden van de laatste vier kwartalen tot één, omdat sommige kwartalen minder dan 10 starts hadden.</translation>
    </message>
    <message>
        <source>Participants started per month (last four quarters)</source>
        <translation>Gestarte deelnemers per maand (laatste vier kwartalen)</translation>
    </message>
    <message>
        <source>Cluster: %1</source>
        <translation>Cluster: %1</translation>
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
    <name>veldboek::gui::ExportDialog</name>
    <message>
        <source>MDT participant file (process 1)</source>
        <translation>MDT-deelnemersbestand (proces 1)</translation>
    </message>
    <message>
        <source>GAS file (Sturen op Resultaat)</source>
        <translation>GAS-bestand (Sturen op Resultaat)</translation>
    </message>
    <message>
        <source>Problem-reduction file (Sturen op Resultaat)</source>
        <translation>Probleemafnamebestand (Sturen op Resultaat)</translation>
    </message>
    <message>
        <source>CEM+ long file</source>
        <translation>CEM+-bestand (lang formaat)</translation>
    </message>
    <message>
        <source>Excel workbook for your own use (.xlsx)</source>
        <translation>Excel-werkmap voor eigen gebruik (.xlsx)</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Deelnemers</translation>
    </message>
    <message>
        <source>GAS</source>
        <translation>GAS</translation>
    </message>
    <message>
        <source>Problem scores</source>
        <translation>Probleemscores</translation>
    </message>
    <message>
        <source>CEM+</source>
        <translation>CEM+</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exporteren</translation>
    </message>
    <message>
        <source>Folder for the export</source>
        <translation>Map voor de export</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>De map %1 bestaat niet.</translation>
    </message>
    <message>
        <source>Give a file name without a folder in it.</source>
        <translation>Geef een bestandsnaam zonder map erin.</translation>
    </message>
    <message>
        <source>Replace file?</source>
        <translation>Bestand vervangen?</translation>
    </message>
    <message>
        <source>%1 already exists. Replace it?</source>
        <translation>%1 bestaat al. Wilt u het vervangen?</translation>
    </message>
    <message>
        <source>&amp;Replace</source>
        <translation>&amp;Vervangen</translation>
    </message>
    <message>
        <source>Nothing was written to %1: %2</source>
        <translation>Er is niets naar %1 geschreven: %2</translation>
    </message>
    <message>
        <source>the data request for this format could not be loaded.</source>
        <translation>de gegevensuitvraag voor dit formaat kon niet worden geladen.</translation>
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
        <source>Warning: %1</source>
        <translation>Waarschuwing: %1</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>Fout: %1</translation>
    </message>
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
    <name>veldboek::gui::GasTab</name>
    <message>
        <source>Parent</source>
        <translation>Ouder</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Cliënt</translation>
    </message>
    <message>
        <source>Date of the score</source>
        <translation>Datum van de score</translation>
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
        <source>Save &amp;goal</source>
        <translation>&amp;Doel opslaan</translation>
    </message>
    <message>
        <source>Add &amp;goal</source>
        <translation>&amp;Doel toevoegen</translation>
    </message>
    <message>
        <source>Save &amp;change</source>
        <translation>Wijziging op&amp;slaan</translation>
    </message>
    <message>
        <source>Add &amp;score</source>
        <translation>Score &amp;toevoegen</translation>
    </message>
    <message>
        <source>Change score</source>
        <translation>Score wijzigen</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>change goal %1</source>
        <translation>doel %1 wijzigen</translation>
    </message>
    <message>
        <source>Goal %1 changed.</source>
        <translation>Doel %1 gewijzigd.</translation>
    </message>
    <message>
        <source>add goal %1</source>
        <translation>doel %1 toevoegen</translation>
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
        <source>change GAS score</source>
        <translation>GAS-score wijzigen</translation>
    </message>
    <message>
        <source>GAS score changed.</source>
        <translation>GAS-score gewijzigd.</translation>
    </message>
    <message>
        <source>add GAS score</source>
        <translation>GAS-score toevoegen</translation>
    </message>
    <message>
        <source>GAS score saved.</source>
        <translation>GAS-score opgeslagen.</translation>
    </message>
    <message numerus="yes">
        <source>Delete goal %1 with its %n score(s)?</source>
        <translation>
            <numerusform>Doel %1 met %n score verwijderen?</numerusform>
            <numerusform>Doel %1 met %n scores verwijderen?</numerusform>
        </translation>
    </message>
    <message>
        <source>delete goal %1</source>
        <translation>doel %1 verwijderen</translation>
    </message>
    <message>
        <source>Goal %1 deleted.</source>
        <translation>Doel %1 verwijderd.</translation>
    </message>
    <message>
        <source>Delete the GAS score %1 of %2?</source>
        <translation>De GAS-score %1 van %2 verwijderen?</translation>
    </message>
    <message>
        <source>delete GAS score</source>
        <translation>GAS-score verwijderen</translation>
    </message>
    <message>
        <source>GAS score deleted.</source>
        <translation>GAS-score verwijderd.</translation>
    </message>
</context>
<context>
    <name>veldboek::gui::ImportChoiceDelegate</name>
    <message>
        <source>What to do with this row</source>
        <translation>Wat te doen met deze rij</translation>
    </message>
</context>
<context>
    <name>veldboek::gui::ImportFilePage</name>
    <message>
        <source>Recognise by the columns</source>
        <translation>Herkennen aan de kolommen</translation>
    </message>
    <message>
        <source>Import file</source>
        <translation>Bestand importeren</translation>
    </message>
    <message>
        <source>CSV files and workbooks (*.csv *.txt *.xlsx);;All files (*)</source>
        <translation>CSV-bestanden en werkmappen (*.csv *.txt *.xlsx);;Alle bestanden (*)</translation>
    </message>
    <message>
        <source>%1 does not exist or is not a file.</source>
        <translation>%1 bestaat niet of is geen bestand.</translation>
    </message>
    <message>
        <source>%1 has no rows to import.</source>
        <translation>%1 heeft geen rijen om te importeren.</translation>
    </message>
    <message>
        <source>None of the file&apos;s columns (%1) is a column Veldboek knows. Choose the kind of data above; you can then link the columns yourself.</source>
        <translation>Geen van de kolommen van het bestand (%1) is een kolom die Veldboek kent. Kies hierboven de soort gegevens; daarna kunt u de kolommen zelf koppelen.</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n known column(s))</source>
        <translation>
            <numerusform>%1 (%n bekende kolom)</numerusform>
            <numerusform>%1 (%n bekende kolommen)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>veldboek::gui::ImportMappingPage</name>
    <message>
        <source>Columns</source>
        <translation>Kolommen</translation>
    </message>
    <message>
        <source>Choose for each column of the file the field it fills. Veldboek remembers your choice for the next file with the same columns.</source>
        <translation>Kies per kolom van het bestand het veld dat hij vult. Veldboek onthoudt uw keuze voor het volgende bestand met dezelfde kolommen.</translation>
    </message>
    <message>
        <source>&amp;Propose again</source>
        <translation>&amp;Opnieuw voorstellen</translation>
    </message>
    <message>
        <source>Link the columns by their names again, forgetting your changes.</source>
        <translation>Koppel de kolommen opnieuw op hun naam; uw wijzigingen vervallen.</translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation>Kolom in het bestand</translation>
    </message>
    <message>
        <source>First value</source>
        <translation>Eerste waarde</translation>
    </message>
    <message>
        <source>Field in Veldboek</source>
        <translation>Veld in Veldboek</translation>
    </message>
    <message>
        <source>Field for column %1</source>
        <translation>Veld voor kolom %1</translation>
    </message>
    <message>
        <source>(do not import)</source>
        <translation>(niet importeren)</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(zonder naam)</translation>
    </message>
    <message>
        <source>No column is linked to a field: choose a field for at least one column.</source>
        <translation>Geen kolom is aan een veld gekoppeld: kies voor minstens één kolom een veld.</translation>
    </message>
    <message>
        <source>A spreadsheet program has damaged values in this file; nothing will be imported until the file is saved again:</source>
        <translation>Een rekenbladprogramma heeft waarden in dit bestand beschadigd; er wordt niets geïmporteerd tot het bestand opnieuw is opgeslagen:</translation>
    </message>
    <message>
        <source>(%1 more)</source>
        <translation>(nog %1)</translation>
    </message>
    <message>
        <source>Found by</source>
        <translation>Gevonden via</translation>
    </message>
    <message>
        <source>The column name only resembles this field. Check it, and choose the field again to confirm it.</source>
        <translation>De kolomnaam lijkt alleen op dit veld. Controleer het, en kies het veld opnieuw om het te bevestigen.</translation>
    </message>
    <message>
        <source>your choice</source>
        <translation>uw keuze</translation>
    </message>
    <message>
        <source>remembered from an earlier import</source>
        <translation>onthouden van een eerdere import</translation>
    </message>
    <message>
        <source>the column name</source>
        <translation>de kolomnaam</translation>
    </message>
    <message>
        <source>the field&apos;s name</source>
        <translation>de naam van het veld</translation>
    </message>
    <message>
        <source>a usual name for the field</source>
        <translation>een gangbare naam voor het veld</translation>
    </message>
    <message>
        <source>a guess: the name is alike</source>
        <translation>een gok: de naam lijkt erop</translation>
    </message>
</context>
<context>
    <name>veldboek::gui::ImportPreviewModel</name>
    <message>
        <source>Add as new</source>
        <translation>Als nieuwe toevoegen</translation>
    </message>
    <message>
        <source>Update</source>
        <translation>Bijwerken</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Overslaan</translation>
    </message>
    <message>
        <source>Same respondent number</source>
        <translation>Zelfde respondentnummer</translation>
    </message>
    <message>
        <source>Same citizen service number</source>
        <translation>Zelfde burgerservicenummer</translation>
    </message>
    <message>
        <source>Likely the same person</source>
        <translation>Waarschijnlijk dezelfde persoon</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Regel</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Meldingen</translation>
    </message>
    <message>
        <source>Already registered</source>
        <translation>Al in het register</translation>
    </message>
    <message>
        <source>Choice</source>
        <translation>Keuze</translation>
    </message>
    <message>
        <source>Same as line %1: not imported</source>
        <translation>Zelfde als regel %1: niet geïmporteerd</translation>
    </message>
</context>
<context>
    <name>veldboek::gui::ImportPreviewPage</name>
    <message>
        <source>Preview</source>
        <translation>Voorbeeld</translation>
    </message>
    <message>
        <source>Every row as it will come in. Rows with errors come in flagged: you correct them in Veldboek afterwards. Nothing has been written yet.</source>
        <translation>Elke rij zoals hij binnenkomt. Rijen met fouten komen gemarkeerd binnen: u verbetert ze daarna in Veldboek. Er is nog niets opgeslagen.</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importeren</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>T&amp;onen:</translation>
    </message>
    <message>
        <source>Rows shown</source>
        <translation>Getoonde rijen</translation>
    </message>
    <message>
        <source>All rows</source>
        <translation>Alle rijen</translation>
    </message>
    <message>
        <source>Rows with errors</source>
        <translation>Rijen met fouten</translation>
    </message>
    <message>
        <source>Rows with warnings</source>
        <translation>Rijen met waarschuwingen</translation>
    </message>
    <message>
        <source>Rows matching a registered participant</source>
        <translation>Rijen die overeenkomen met een deelnemer in het register</translation>
    </message>
    <message>
        <source>Rows of the file</source>
        <translation>Rijen van het bestand</translation>
    </message>
    <message>
        <source>What to do with every matching row</source>
        <translation>Wat te doen met elke overeenkomende rij</translation>
    </message>
    <message>
        <source>Apply to &amp;all</source>
        <translation>Op &amp;alle toepassen</translation>
    </message>
    <message>
        <source>%1 rows: %2 without problems, %3 with warnings, %4 with errors.</source>
        <translation>%1 rijen: %2 zonder problemen, %3 met waarschuwingen, %4 met fouten.</translation>
    </message>
    <message>
        <source>Columns not imported: %1</source>
        <translation>Niet geïmporteerde kolommen: %1</translation>
    </message>
    <message>
        <source>Rows matching a participant already registered: %1. For all of them:</source>
        <translation>Rijen die overeenkomen met een deelnemer in het register: %1. Voor al deze rijen:</translation>
    </message>
    <message>
        <source>Read from the sheet “%1”.</source>
        <translation>Gelezen uit het werkblad “%1”.</translation>
    </message>
    <message>
        <source>tab</source>
        <translation>tab</translation>
    </message>
    <message>
        <source>Read as CSV: separator %1, encoding %2.</source>
        <translation>Gelezen als CSV: scheidingsteken %1, codering %2.</translation>
    </message>
    <message>
        <source>Title rows above the header, not imported: %1.</source>
        <translation>Titelregels boven de kop, niet geïmporteerd: %1.</translation>
    </message>
    <message>
        <source>Rows of totals under the list, not imported: %1.</source>
        <translation>Regels met totalen onder de lijst, niet geïmporteerd: %1.</translation>
    </message>
    <message>
        <source>Hidden rows in the workbook, imported: %1.</source>
        <translation>Verborgen rijen in de werkmap, wel geïmporteerd: %1.</translation>
    </message>
    <message>
        <source>Hidden columns in the workbook: %1.</source>
        <translation>Verborgen kolommen in de werkmap: %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n value(s) written as the label of a code were read as that code.</source>
        <translation>
            <numerusform>%n waarde was de omschrijving van een code en is als die code gelezen.</numerusform>
            <numerusform>%n waarden waren de omschrijving van een code en zijn als die code gelezen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n person/people of the file are not in the register: each is added as a participant with only a citizen service number or client reference, which the participants&apos; check reports as incomplete until you fill in the rest.</source>
        <translation>
            <numerusform>%n persoon uit het bestand staat niet in het register: die wordt toegevoegd als deelnemer met alleen een burgerservicenummer of cliëntnummer, en de controle van de deelnemers meldt hem als onvolledig tot u de rest invult.</numerusform>
            <numerusform>%n personen uit het bestand staan niet in het register: elk wordt toegevoegd als deelnemer met alleen een burgerservicenummer of cliëntnummer, en de controle van de deelnemers meldt hen als onvolledig tot u de rest invult.</numerusform>
        </translation>
    </message>
    <message>
        <source>The participants&apos; check of them as the register will hold them: %1 without problems, %2 with warnings, %3 with errors.</source>
        <translation>De controle van de deelnemers op hen zoals het register ze zal bewaren: %1 zonder problemen, %2 met waarschuwingen, %3 met fouten.</translation>
    </message>
    <message>
        <source>The other %1 rows in the register, checked with these: %2 without problems, %3 with warnings, %4 with errors.</source>
        <translation>De andere %1 rijen in het register, gecontroleerd samen met deze: %2 zonder problemen, %3 met waarschuwingen, %4 met fouten.</translation>
    </message>
    <message numerus="yes">
        <source>Not imported, %n row(s) that repeat an earlier row of the file (the same registered participant, or the same item of a measurement; the earlier row is imported): lines %1.</source>
        <translation>
            <numerusform>Niet geïmporteerd: %n rij die een eerdere rij van het bestand herhaalt (dezelfde geregistreerde deelnemer, of dezelfde vraag van een meting; de eerdere rij wordt geïmporteerd): regel %1.</numerusform>
            <numerusform>Niet geïmporteerd: %n rijen die een eerdere rij van het bestand herhalen (dezelfde geregistreerde deelnemer, of dezelfde vraag van een meting; de eerdere rij wordt geïmporteerd): regels %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>The register keeps a measurement&apos;s date, informant, questionnaire and client reference from its first row; these rows give others, which are not imported: lines %1.</source>
        <translation>Het register bewaart de datum, informant, vragenlijst en cliëntreferentie van een meting uit de eerste rij ervan; deze rijen geven andere, die niet worden geïmporteerd: regels %1.</translation>
    </message>
</context>
<context>
    <name>veldboek::gui::ImportRunPage</name>
    <message>
        <source>Import</source>
        <translation>Importeren</translation>
    </message>
    <message>
        <source>All rows are written in one go: either all of them or, after Cancel or a failure, none.</source>
        <translation>Alle rijen worden in één keer opgeslagen: allemaal, of na Annuleren of een fout geen enkele.</translation>
    </message>
    <message>
        <source>Import progress</source>
        <translation>Voortgang van de import</translation>
    </message>
    <message>
        <source>Importing… Cancel leaves the register as it was.</source>
        <translation>Bezig met importeren… Annuleren laat het register zoals het was.</translation>
    </message>
    <message>
        <source>The import was cancelled. Nothing was written: the register is exactly as it was.</source>
        <translation>De import is geannuleerd. Er is niets opgeslagen: het register is precies zoals het was.</translation>
    </message>
    <message>
        <source>The import failed and nothing was written: %1</source>
        <translation>De import is mislukt en er is niets opgeslagen: %1</translation>
    </message>
    <message>
        <source>The import is complete.</source>
        <translation>De import is voltooid.</translation>
    </message>
    <message>
        <source>Rows written:</source>
        <translation>Rijen opgeslagen:</translation>
    </message>
    <message>
        <source>Participants added:</source>
        <translation>Deelnemers toegevoegd:</translation>
    </message>
    <message>
        <source>Participants updated:</source>
        <translation>Deelnemers bijgewerkt:</translation>
    </message>
    <message>
        <source>Rows skipped:</source>
        <translation>Rijen overgeslagen:</translation>
    </message>
    <message>
        <source>Rows flagged with errors:</source>
        <translation>Rijen gemarkeerd met fouten:</translation>
    </message>
    <message>
        <source>Find the flagged rows with &quot;only with problems&quot; in the main window and correct them there.</source>
        <translation>U vindt de gemarkeerde rijen met &quot;Alleen met problemen&quot; in het hoofdvenster en verbetert ze daar.</translation>
    </message>
    <message>
        <source>Rows repeating an earlier row, not imported:</source>
        <translation>Rijen die een eerdere rij herhalen, niet geïmporteerd:</translation>
    </message>
</context>
<context>
    <name>veldboek::gui::ImportWizard</name>
    <message>
        <source>Import</source>
        <translation>Importeren</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Sluiten</translation>
    </message>
</context>
<context>
    <name>veldboek::gui::KioskWindow</name>
    <message>
        <source>Sign up for MDT</source>
        <translation>Aanmelden voor MDT</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Begeleider</translation>
    </message>
    <message>
        <source>Close the kiosk (staff only)</source>
        <translation>De kiosk sluiten (alleen voor begeleiders)</translation>
    </message>
    <message>
        <source>Fill in your details. Fields with * are needed. Your supervisor sees what you fill in; other people do not.</source>
        <translation>Vul je gegevens in. Velden met een * zijn nodig. Je begeleider ziet wat je invult; andere mensen niet.</translation>
    </message>
    <message>
        <source>Sign up</source>
        <translation>Aanmelden</translation>
    </message>
    <message>
        <source>Thank you! You are signed up.</source>
        <translation>Bedankt! Je bent aangemeld.</translation>
    </message>
    <message>
        <source>Your supervisor will add the rest later. The form will be empty again in a moment, for the next person.</source>
        <translation>Je begeleider vult de rest later aan. Zo meteen is het formulier weer leeg, voor de volgende.</translation>
    </message>
    <message>
        <source>Next person</source>
        <translation>Volgende persoon</translation>
    </message>
    <message>
        <source>For staff only</source>
        <translation>Alleen voor begeleiders</translation>
    </message>
    <message>
        <source>To close the kiosk, enter your passphrase for this register (as a beheerder or invoerder). What is on the form now and not signed up is not kept.</source>
        <translation>Vul je wachtzin voor dit register in (als beheerder of invoerder) om de kiosk te sluiten. Wat nu op het formulier staat en nog niet is aangemeld, wordt niet bewaard.</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Wachtzin</translation>
    </message>
    <message>
        <source>Back to the form</source>
        <translation>Terug naar het formulier</translation>
    </message>
    <message>
        <source>Close the kiosk</source>
        <translation>Kiosk sluiten</translation>
    </message>
    <message>
        <source>Not everything is right yet. Look at the red text.</source>
        <translation>Nog niet alles is goed ingevuld. Kijk bij de rode tekst.</translation>
    </message>
    <message>
        <source>Your details were not saved. Please ask your supervisor for help. (%1)</source>
        <translation>Je gegevens zijn niet opgeslagen. Vraag je begeleider om hulp. (%1)</translation>
    </message>
    <message>
        <source>That passphrase does not close the kiosk.</source>
        <translation>Met die wachtzin gaat de kiosk niet dicht.</translation>
    </message>
</context>
<context>
    <name>veldboek::gui::MainWindow</name>
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
        <source>Example</source>
        <translation>Voorbeeld</translation>
    </message>
    <message>
        <source>The edit in hand could not be saved into %1; it is still in the form.</source>
        <translation>De wijziging kon niet in %1 worden opgeslagen; ze staat nog in het formulier.</translation>
    </message>
    <message>
        <source>Saved as %1. Veldboek now works in this file.</source>
        <translation>Opgeslagen als %1. Veldboek werkt nu in dit bestand.</translation>
    </message>
    <message>
        <source>Kiosk only</source>
        <translation>Alleen de kiosk</translation>
    </message>
    <message>
        <source>%1 (%2, %3) - Veldboek</source>
        <translation>%1 (%2, %3) - Veldboek</translation>
    </message>
    <message>
        <source>the participant in hand was not saved</source>
        <translation>de deelnemer die open staat is niet opgeslagen</translation>
    </message>
    <message>
        <source>Kiosk needs a passphrase</source>
        <translation>De kiosk heeft een wachtzin nodig</translation>
    </message>
    <message>
        <source>The kiosk can only be started on a register that is opened with a passphrase: that passphrase is what closes the kiosk again. This register is kept by the keychain. Save it with a passphrase first (File &gt; Save register as…).</source>
        <translation>De kiosk kan alleen worden gestart op een register dat met een wachtzin is geopend: die wachtzin sluit de kiosk weer. Dit register wordt bewaard met de sleutelhanger. Sla het eerst op met een wachtzin (Bestand &gt; Register opslaan als…).</translation>
    </message>
    <message>
        <source>No fields for self-registration</source>
        <translation>Geen velden voor zelfaanmelding</translation>
    </message>
    <message>
        <source>The data request in force for this register marks no fields for self-registration, so the kiosk would have nothing to ask.</source>
        <translation>De gegevensuitvraag die voor dit register geldt, wijst geen velden aan voor zelfaanmelding; de kiosk zou dus niets te vragen hebben.</translation>
    </message>
    <message>
        <source>Change my passphrase</source>
        <translation>Mijn wachtzin wijzigen</translation>
    </message>
    <message>
        <source>Your passphrase is changed.</source>
        <translation>Uw wachtzin is gewijzigd.</translation>
    </message>
</context>
<context>
    <name>veldboek::gui::NoLongerRequestedBox</name>
    <message>
        <source>No longer requested</source>
        <translation>Niet meer gevraagd</translation>
    </message>
    <message>
        <source>The data request no longer asks for these fields. Their values stay in the register and in your own export, and are not sent.</source>
        <translation>De gegevensuitvraag vraagt niet meer om deze velden. De waarden blijven in het register en in uw eigen export, en worden niet verzonden.</translation>
    </message>
</context>
<context>
    <name>veldboek::gui::NotesPanel</name>
    <message>
        <source>Not saved: %1</source>
        <translation>Niet opgeslagen: %1</translation>
    </message>
    <message>
        <source>Do we recognise these outcomes?</source>
        <translation>Herkennen we deze uitkomsten?</translation>
    </message>
    <message>
        <source>Can we explain them?</source>
        <translation>Kunnen we ze verklaren?</translation>
    </message>
    <message>
        <source>What do we think of them?</source>
        <translation>Wat vinden we ervan?</translation>
    </message>
    <message>
        <source>What should we improve?</source>
        <translation>Wat moeten we verbeteren?</translation>
    </message>
    <message>
        <source>Save notes</source>
        <translation>Notities opslaan</translation>
    </message>
    <message>
        <source>Discussion of the period from %1</source>
        <translation>Bespreking van de periode vanaf %1</translation>
    </message>
    <message>
        <source>Saved in the register.</source>
        <translation>Opgeslagen in het register.</translation>
    </message>
</context>
<context>
    <name>veldboek::gui::OutcomeTab</name>
    <message>
        <source>Not saved: %1</source>
        <translation>Niet opgeslagen: %1</translation>
    </message>
    <message>
        <source>Undo or redo failed: %1</source>
        <translation>Ongedaan maken of opnieuw doen is mislukt: %1</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Verwijderen</translation>
    </message>
</context>
<context>
    <name>veldboek::gui::ParticipantForm</name>
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
        <translation>%1 is al aangeleverd. De financier verwijdert aangeleverde deelnemers alleen op verzoek: Veldboek legt een verwijderverzoek vast, dat met de volgende aanlevering meegaat. Verwijderverzoek doen?</translation>
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
    <message>
        <source>To go on elsewhere, choose File &gt; Save register as….</source>
        <translation>Kies Bestand &gt; Register opslaan als… om elders verder te werken.</translation>
    </message>
    <message>
        <source>self-registered</source>
        <translation>zelf aangemeld</translation>
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
    <message>
        <source>%1 (self-registered at the kiosk)</source>
        <translation>%1 (zelf aangemeld bij de kiosk)</translation>
    </message>
</context>
<context>
    <name>veldboek::gui::ProblemScoreTab</name>
    <message>
        <source>Date of the score</source>
        <translation>Datum van de score</translation>
    </message>
    <message>
        <source>Save &amp;change</source>
        <translation>Wijziging op&amp;slaan</translation>
    </message>
    <message>
        <source>&amp;Add score</source>
        <translation>Score &amp;toevoegen</translation>
    </message>
    <message>
        <source>Change score</source>
        <translation>Score wijzigen</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>Choose or add a trajectory on the GAS tab first.</source>
        <translation>Kies of maak eerst een traject op het tabblad GAS.</translation>
    </message>
    <message>
        <source>change problem-reduction score</source>
        <translation>score probleemafname wijzigen</translation>
    </message>
    <message>
        <source>Problem-reduction score changed.</source>
        <translation>Score probleemafname gewijzigd.</translation>
    </message>
    <message>
        <source>add problem-reduction score</source>
        <translation>score probleemafname toevoegen</translation>
    </message>
    <message>
        <source>Problem-reduction score saved.</source>
        <translation>Score probleemafname opgeslagen.</translation>
    </message>
    <message>
        <source>Delete the problem-reduction score %1 of %2 (%3)?</source>
        <translation>De score probleemafname %1 van %2 (%3) verwijderen?</translation>
    </message>
    <message>
        <source>delete problem-reduction score</source>
        <translation>score probleemafname verwijderen</translation>
    </message>
    <message>
        <source>Problem-reduction score deleted.</source>
        <translation>Score probleemafname verwijderd.</translation>
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
    <message>
        <source>Participants</source>
        <translation>Deelnemers</translation>
    </message>
    <message>
        <source>GAS scores</source>
        <translation>GAS-scores</translation>
    </message>
    <message>
        <source>Problem scores</source>
        <translation>Probleemscores</translation>
    </message>
    <message>
        <source>CEM+</source>
        <translation>CEM+</translation>
    </message>
    <message>
        <source>Show &amp;all problems</source>
        <translation>&amp;Alle problemen tonen</translation>
    </message>
</context>
<context>
    <name>veldboek::gui::RegisterSession</name>
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
        <source>Import</source>
        <translation>Importeren</translation>
    </message>
    <message>
        <source>A submission is running. Import when it has finished, so that what is sent and what comes in stay apart.</source>
        <translation>Er loopt een aanlevering. Importeer als die klaar is, zodat wat verstuurd wordt en wat binnenkomt gescheiden blijven.</translation>
    </message>
</context>
<context>
    <name>veldboek::gui::RegisterStatusLabels</name>
    <message>
        <source>No register open</source>
        <translation>Geen register geopend</translation>
    </message>
    <message>
        <source>Participants: %1</source>
        <translation>Deelnemers: %1</translation>
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
        <source>The funder expects the whole register at least every two months; the next submission is due by %1.</source>
        <translation>De financier verwacht het hele register minstens eens per twee maanden; de volgende aanlevering moet uiterlijk %1 binnen zijn.</translation>
    </message>
    <message>
        <source>The funder expects the whole register at least every two months.</source>
        <translation>De financier verwacht het hele register minstens eens per twee maanden.</translation>
    </message>
</context>
<context>
    <name>veldboek::gui::SelfRegDialog</name>
    <message>
        <source>Self-registrations</source>
        <translation>Zelfaanmeldingen</translation>
    </message>
    <message>
        <source>Link for self-registration</source>
        <translation>Link voor zelfaanmelding</translation>
    </message>
    <message>
        <source>Young people register themselves at this address, on their own phone or computer, without logging in. What they send is encrypted for this register only: the endpoint keeps it without being able to read it.</source>
        <translation>Jongeren melden zich op dit adres zelf aan, op hun eigen telefoon of computer, zonder in te loggen. Wat ze sturen, is versleuteld voor alleen dit register: de endpoint bewaart het zonder het te kunnen lezen.</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Adres:</translation>
    </message>
    <message>
        <source>No open link yet</source>
        <translation>Nog geen open link</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopiëren</translation>
    </message>
    <message>
        <source>&amp;New link</source>
        <translation>&amp;Nieuwe link</translation>
    </message>
    <message>
        <source>C&amp;lose link</source>
        <translation>Link &amp;sluiten</translation>
    </message>
    <message>
        <source>&amp;Fetch entries</source>
        <translation>Aanmeldingen &amp;ophalen</translation>
    </message>
    <message>
        <source>Waiting to be completed</source>
        <translation>Wachten op aanvulling</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Ontvangen</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Geboortedatum</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>Postcode</translation>
    </message>
    <message>
        <source>Respondent number</source>
        <translation>Respondentnummer</translation>
    </message>
    <message>
        <source>Probably already registered</source>
        <translation>Waarschijnlijk al ingeschreven</translation>
    </message>
    <message>
        <source>Respondent &amp;number:</source>
        <translation>Respondent&amp;nummer:</translation>
    </message>
    <message>
        <source>&amp;Accept as new participant</source>
        <translation>Als nieuwe deelnemer &amp;accepteren</translation>
    </message>
    <message>
        <source>&amp;Merge with known participant</source>
        <translation>&amp;Samenvoegen met bekende deelnemer</translation>
    </message>
    <message>
        <source>&amp;Reject…</source>
        <translation>Af&amp;wijzen…</translation>
    </message>
    <message>
        <source>as %1 (%2)</source>
        <translation>als %1 (%2)</translation>
    </message>
    <message>
        <source>sent twice: see the entry above</source>
        <translation>twee keer gestuurd: zie de aanmelding erboven</translation>
    </message>
    <message>
        <source>No registered participant is the same person by the data request&apos;s rule.</source>
        <translation>Volgens de regel van de uitvraag is geen ingeschreven deelnemer dezelfde persoon.</translation>
    </message>
    <message>
        <source>Set up the connection to the endpoint first (Submit &gt; Connection settings): %1</source>
        <translation>Stel eerst de verbinding met de endpoint in (Aanleveren &gt; Verbindingsinstellingen): %1</translation>
    </message>
    <message>
        <source>Asking the endpoint…</source>
        <translation>Bezig met de endpoint…</translation>
    </message>
    <message>
        <source>The new link is ready. Copy the address and share it with the people who register themselves: %1</source>
        <translation>De nieuwe link is klaar. Kopieer het adres en deel het met de mensen die zich zelf aanmelden: %1</translation>
    </message>
    <message>
        <source>Close link</source>
        <translation>Link sluiten</translation>
    </message>
    <message>
        <source>Close this link? Nobody can register through it any more. What came in before can still be fetched.</source>
        <translation>Deze link sluiten? Niemand kan zich er dan nog mee aanmelden. Wat eerder binnenkwam, kan nog worden opgehaald.</translation>
    </message>
    <message>
        <source>The link is closed. Make a new one when people should register again.</source>
        <translation>De link is gesloten. Maak een nieuwe als mensen zich weer moeten kunnen aanmelden.</translation>
    </message>
    <message numerus="yes">
        <source>%n new self-registration(s) fetched.</source>
        <translation>
            <numerusform>%n nieuwe zelfaanmelding opgehaald.</numerusform>
            <numerusform>%n nieuwe zelfaanmeldingen opgehaald.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entr(y/ies) could not be opened or hold what the form never asks. They stay on the endpoint; tell your administrator.</source>
        <translation>
            <numerusform>%n aanmelding kon niet worden geopend of bevat wat het formulier nooit vraagt. Die blijft op de endpoint; meld het aan je beheerder.</numerusform>
            <numerusform>%n aanmeldingen konden niet worden geopend of bevatten wat het formulier nooit vraagt. Die blijven op de endpoint; meld het aan je beheerder.</numerusform>
        </translation>
    </message>
    <message>
        <source>Accepted as %1. Complete the participant in the register (end date, reason).</source>
        <translation>Geaccepteerd als %1. Vul de deelnemer aan in het register (einddatum, reden).</translation>
    </message>
    <message>
        <source>Merged. The participant already had every value it sent.</source>
        <translation>Samengevoegd. De deelnemer had alle gestuurde waarden al.</translation>
    </message>
    <message>
        <source>Merged. Filled in where the participant had no value: %1.</source>
        <translation>Samengevoegd. Ingevuld waar de deelnemer geen waarde had: %1.</translation>
    </message>
    <message>
        <source>Reject self-registration</source>
        <translation>Zelfaanmelding afwijzen</translation>
    </message>
    <message>
        <source>Reject this self-registration? Its details are removed from the register.</source>
        <translation>Deze zelfaanmelding afwijzen? De gegevens worden uit het register verwijderd.</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>Afwijzen</translation>
    </message>
    <message>
        <source>Rejected; its details are removed.</source>
        <translation>Afgewezen; de gegevens zijn verwijderd.</translation>
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
    <name>veldboek::gui::SpecChangeDialog</name>
    <message>
        <source>New rules from the endpoint</source>
        <translation>Nieuwe regels van het aanleverpunt</translation>
    </message>
    <message>
        <source>The endpoint has new rules. From now on the form, the problems panel, the import, the export and the next submission check with them.</source>
        <translation>Het aanleverpunt heeft nieuwe regels. Vanaf nu controleren het formulier, het problemenpaneel, de import, de export en de volgende aanlevering ermee.</translation>
    </message>
    <message>
        <source>%1: version %2 → %3</source>
        <translation>%1: versie %2 → %3</translation>
    </message>
    <message>
        <source>Nothing changes for this register.</source>
        <translation>Voor dit register verandert er niets.</translation>
    </message>
    <message numerus="yes">
        <source>%n participant(s) affected.</source>
        <translation>
            <numerusform>%n deelnemer betrokken.</numerusform>
            <numerusform>%n deelnemers betrokken.</numerusform>
        </translation>
    </message>
    <message>
        <source>Show &amp;affected participants</source>
        <translation>Toon &amp;betrokken deelnemers</translation>
    </message>
</context>
<context>
    <name>veldboek::gui::SpecChangeHandler</name>
    <message numerus="yes">
        <source>Showing only the %n participant(s) the endpoint&apos;s new rules affect.</source>
        <translation>
            <numerusform>Alleen de %n deelnemer voor wie de nieuwe regels van het aanleverpunt iets veranderen.</numerusform>
            <numerusform>Alleen de %n deelnemers voor wie de nieuwe regels van het aanleverpunt iets veranderen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>veldboek::gui::SpecUpdate</name>
    <message>
        <source>The rules could not be fetched from the endpoint: %1</source>
        <translation>De regels konden niet bij het aanleverpunt worden opgehaald: %1</translation>
    </message>
    <message>
        <source>The new rules are in force, but what they change could not be worked out: %1</source>
        <translation>De nieuwe regels gelden, maar wat ze veranderen kon niet worden bepaald: %1</translation>
    </message>
</context>
<context>
    <name>veldboek::gui::SubmissionHistoryWindow</name>
    <message>
        <source>%1: %2 read, %3 imported</source>
        <translation>%1: %2 gelezen, %3 geïmporteerd</translation>
    </message>
    <message>
        <source>%1: %2 rows</source>
        <translation>%1: %2 rijen</translation>
    </message>
    <message>
        <source>Submissions</source>
        <translation>Aanleveringen</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Verstuurd</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Toelichting</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Ontvangen</translation>
    </message>
    <message>
        <source>Deletion requests</source>
        <translation>Verwijderverzoeken</translation>
    </message>
    <message>
        <source>Respondent number</source>
        <translation>Respondentnummer</translation>
    </message>
    <message>
        <source>Requested</source>
        <translation>Aangevraagd</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Stand</translation>
    </message>
    <message>
        <source>&amp;Refresh from the endpoint</source>
        <translation>&amp;Verversen van het eindpunt</translation>
    </message>
    <message>
        <source>&amp;Withdraw…</source>
        <translation>&amp;Intrekken…</translation>
    </message>
    <message>
        <source>Submission history</source>
        <translation>Geschiedenis van aanleveringen</translation>
    </message>
    <message>
        <source>Withdraw the selected submission: the endpoint then no longer counts it; its figures fall back to the approved submission before it.</source>
        <translation>De gekozen aanlevering intrekken: het eindpunt telt haar dan niet meer mee; de cijfers komen weer van de goedgekeurde aanlevering ervoor.</translation>
    </message>
    <message>
        <source>What the register stored. Refresh asks the endpoint.</source>
        <translation>Wat het register heeft bewaard. Verversen vraagt het eindpunt.</translation>
    </message>
    <message>
        <source>The connection to the endpoint is not set up: %1. The history shows what the register stored.</source>
        <translation>De verbinding met het eindpunt is niet ingesteld: %1. De geschiedenis toont wat het register heeft bewaard.</translation>
    </message>
    <message>
        <source>Asking the endpoint…</source>
        <translation>Het eindpunt wordt gevraagd…</translation>
    </message>
    <message>
        <source>Up to date with the endpoint (%1).</source>
        <translation>Bijgewerkt met het eindpunt (%1).</translation>
    </message>
    <message numerus="yes">
        <source>%n deletion request(s) sent.</source>
        <translation>
            <numerusform>%n verwijderverzoek verstuurd.</numerusform>
            <numerusform>%n verwijderverzoeken verstuurd.</numerusform>
        </translation>
    </message>
    <message>
        <source>Withdraw submission</source>
        <translation>Aanlevering intrekken</translation>
    </message>
    <message>
        <source>Withdraw the submission of %1? The endpoint keeps it in the history but no longer counts it: the figures fall back to the approved submission before it. This cannot be undone.</source>
        <translation>De aanlevering van %1 intrekken? Het eindpunt houdt haar in de geschiedenis maar telt haar niet meer mee: de cijfers komen weer van de goedgekeurde aanlevering ervoor. Dit kan niet ongedaan worden gemaakt.</translation>
    </message>
    <message>
        <source>Withdraw</source>
        <translation>Intrekken</translation>
    </message>
    <message>
        <source>Withdrawing…</source>
        <translation>Bezig met intrekken…</translation>
    </message>
    <message>
        <source>The submission of %1 is withdrawn; the dashboard figures were fetched again.</source>
        <translation>De aanlevering van %1 is ingetrokken; de dashboardcijfers zijn opnieuw opgehaald.</translation>
    </message>
</context>
<context>
    <name>veldboek::gui::SubmissionReportView</name>
    <message>
        <source>Report of the endpoint</source>
        <translation>Rapport van het eindpunt</translation>
    </message>
    <message>
        <source>Rule / row</source>
        <translation>Regel / rij</translation>
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
        <source>Message</source>
        <translation>Melding</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) read</source>
        <translation>
            <numerusform>%n rij gelezen</numerusform>
            <numerusform>%n rijen gelezen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n imported</source>
        <translation>
            <numerusform>%n geïmporteerd</numerusform>
            <numerusform>%n geïmporteerd</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n value(s) cleared</source>
        <translation>
            <numerusform>%n waarde gewist</numerusform>
            <numerusform>%n waarden gewist</numerusform>
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
        <source>Row %1 (%2)</source>
        <translation>Rij %1 (%2)</translation>
    </message>
</context>
<context>
    <name>veldboek::gui::SubmitDialog</name>
    <message>
        <source>&amp;Submit the register</source>
        <translation>Register &amp;aanleveren</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <source>Submit the register</source>
        <translation>Register aanleveren</translation>
    </message>
    <message>
        <source>Optional explanatory note for the people reading the figures</source>
        <translation>Toelichting (niet verplicht) voor wie de cijfers leest</translation>
    </message>
    <message>
        <source>The whole register is checked and sent; fields that stay local never leave, citizen service numbers go as a keyed hash where the data request says so.</source>
        <translation>Het hele register wordt gecontroleerd en verstuurd; velden die lokaal blijven gaan nooit mee, burgerservicenummers gaan als versleutelde hash mee waar de uitvraag dat vraagt.</translation>
    </message>
    <message>
        <source>The connection to the endpoint is not set up: %1</source>
        <translation>De verbinding met het aanleverpunt is niet ingesteld: %1</translation>
    </message>
    <message>
        <source>Approved by the endpoint (submission %1).</source>
        <translation>Goedgekeurd door het aanleverpunt (aanlevering %1).</translation>
    </message>
    <message>
        <source>Rejected by the endpoint (submission %1). Correct the rows below and submit again; double-click a row to open the record.</source>
        <translation>Afgekeurd door het aanleverpunt (aanlevering %1). Verbeter de rijen hieronder en lever opnieuw aan; dubbelklik op een rij om het record te openen.</translation>
    </message>
    <message>
        <source>Cancelled: nothing was sent.</source>
        <translation>Geannuleerd: er is niets verstuurd.</translation>
    </message>
    <message>
        <source>Offline: the rules could not be fetched; the register&apos;s own rules are used.</source>
        <translation>Offline: de regels konden niet worden opgehaald; de eigen regels van het register worden gebruikt.</translation>
    </message>
    <message>
        <source>Fetching the endpoint&apos;s rules…</source>
        <translation>De regels van het aanleverpunt ophalen…</translation>
    </message>
    <message>
        <source>The endpoint&apos;s rules have changed, so nothing was sent. The main window shows what changes; submit again when you are ready.</source>
        <translation>De regels van het aanleverpunt zijn veranderd, daarom is er niets verstuurd. Het hoofdvenster laat zien wat er verandert; lever opnieuw aan als u zover bent.</translation>
    </message>
    <message>
        <source>Working out what the new rules change…</source>
        <translation>Bepalen wat de nieuwe regels veranderen…</translation>
    </message>
</context>
<context>
    <name>veldboek::gui::SyncWindows</name>
    <message>
        <source>Dashboard - %1</source>
        <translation>Dashboard - %1</translation>
    </message>
    <message>
        <source>Submission history - %1</source>
        <translation>Geschiedenis van aanleveringen - %1</translation>
    </message>
    <message numerus="yes">
        <source>%n deletion request(s) sent to the funder.</source>
        <translation>
            <numerusform>%n verwijderverzoek naar de financier gestuurd.</numerusform>
            <numerusform>%n verwijderverzoeken naar de financier gestuurd.</numerusform>
        </translation>
    </message>
    <message>
        <source>The deletion request goes with the next submission: %1</source>
        <translation>Het verwijderverzoek gaat mee met de volgende aanlevering: %1</translation>
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
    <message>
        <source>The register was locked. Choose Open to unlock it with the keychain.</source>
        <translation>Het register is vergrendeld. Kies Openen om het met de sleutelhanger te ontgrendelen.</translation>
    </message>
    <message>
        <source>The keychain that holds the key of this register cannot be reached now. The register is safe and your work was saved. Start the keychain again (log out and in again if needed) and choose Open, or enter the passphrase if the register has one.</source>
        <translation>De sleutelhanger met de sleutel van dit register is nu niet bereikbaar. Het register is veilig en uw werk is opgeslagen. Start de sleutelhanger opnieuw (meld u zo nodig af en weer aan) en kies Openen, of voer de wachtzin in als het register er een heeft.</translation>
    </message>
</context>
<context>
    <name>veldboek::gui::UsersDialog</name>
    <message>
        <source>Users of %1</source>
        <translation>Gebruikers van %1</translation>
    </message>
    <message>
        <source>Each user opens this register with a passphrase of their own, and the audit log records who changed what. A &lt;b&gt;beheerder&lt;/b&gt; may do everything; an &lt;b&gt;invoerder&lt;/b&gt; enters participants and outcome data but may not export, submit, make backups or manage users; &lt;b&gt;zelfaanmelding&lt;/b&gt; only opens the self-registration kiosk.</source>
        <translation>Iedere gebruiker opent dit register met een eigen wachtzin, en het logboek houdt bij wie wat veranderde. Een &lt;b&gt;beheerder&lt;/b&gt; mag alles; een &lt;b&gt;invoerder&lt;/b&gt; voert deelnemers en resultaatgegevens in, maar mag niet exporteren, aanleveren, back-ups maken of gebruikers beheren; &lt;b&gt;zelfaanmelding&lt;/b&gt; opent alleen de zelfaanmeldkiosk.</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Gebruikers</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <source>Unlocks with</source>
        <translation>Ontgrendelt met</translation>
    </message>
    <message>
        <source>&amp;Add user...</source>
        <translation>Gebruiker &amp;toevoegen...</translation>
    </message>
    <message>
        <source>&amp;Remove user</source>
        <translation>Gebruiker &amp;verwijderen</translation>
    </message>
    <message>
        <source>%1 (you)</source>
        <translation>%1 (u)</translation>
    </message>
    <message>
        <source>keychain</source>
        <translation>sleutelhanger</translation>
    </message>
    <message>
        <source>own passphrase</source>
        <translation>eigen wachtzin</translation>
    </message>
    <message>
        <source>This register has one key, held by you. Adding the first user gives the register a new key and each user a slot of their own.</source>
        <translation>Dit register heeft één sleutel, en die heeft u. Met de eerste gebruiker die u toevoegt krijgt het register een nieuwe sleutel, en iedere gebruiker een eigen sleutelvak.</translation>
    </message>
    <message>
        <source>%1 was added as %2.</source>
        <translation>%1 is toegevoegd als %2.</translation>
    </message>
    <message>
        <source>Remove %1?</source>
        <translation>%1 verwijderen?</translation>
    </message>
    <message>
        <source>Remove %1 from this register? The register gets a new key, and %1&apos;s passphrase opens nothing of it any more. Copies made before (backups, an old copy of the file with its .users file) still open as they did.</source>
        <translation>%1 uit dit register verwijderen? Het register krijgt een nieuwe sleutel, en de wachtzin van %1 opent er niets meer van. Kopieën van eerder (back-ups, een oude kopie van het bestand met het .users-bestand) openen nog zoals ze deden.</translation>
    </message>
    <message>
        <source>%1 was removed; the register has a new key.</source>
        <translation>%1 is verwijderd; het register heeft een nieuwe sleutel.</translation>
    </message>
</context>
</TS>
