<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>ColumnMapping</name>
    <message>
        <source>The mapping file is not a JSON object (%1).</source>
        <translation>The mapping file is not a JSON object (%1).</translation>
    </message>
    <message>
        <source>The mapping sends column &quot;%1&quot; to &quot;%2&quot;, which is not a field of the dataset %3.</source>
        <translation>The mapping sends column &quot;%1&quot; to &quot;%2&quot;, which is not a field of the dataset %3.</translation>
    </message>
    <message>
        <source>The mapping file is larger than %1 KB; a mapping names each column of a file once.</source>
        <translation>The mapping file is larger than %1 KB; a mapping names each column of a file once.</translation>
    </message>
    <message>
        <source>The mapping file names more than %1 columns; a file to import has at most %1.</source>
        <translation>The mapping file names more than %1 columns; a file to import has at most %1.</translation>
    </message>
</context>
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
        <source>--kiosk needs a register to open.</source>
        <translation>--kiosk needs a register to open.</translation>
    </message>
    <message>
        <source>Usage: veldboek [REGISTER] [--passphrase-file FILE] [--kiosk] [--lang nl|en]
Opens the register, or the register used last. Without --passphrase-file the key comes from the keychain, or Veldboek asks for the passphrase. --kiosk starts the self-registration kiosk on the register once it is open (a register with a passphrase; the passphrase closes the kiosk).</source>
        <translation>Usage: veldboek [REGISTER] [--passphrase-file FILE] [--kiosk] [--lang nl|en]
Opens the register, or the register used last. Without --passphrase-file the key comes from the keychain, or Veldboek asks for the passphrase. --kiosk starts the self-registration kiosk on the register once it is open (a register with a passphrase; the passphrase closes the kiosk).</translation>
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
    <message>
        <source>Passphrase strength</source>
        <translation>Passphrase strength</translation>
    </message>
</context>
<context>
    <name>DeletionRequest</name>
    <message>
        <source>Resolved by the funder on %1: %2</source>
        <translation>Resolved by the funder on %1: %2</translation>
    </message>
    <message>
        <source>Sent to the funder on %1; not resolved yet</source>
        <translation>Sent to the funder on %1; not resolved yet</translation>
    </message>
    <message>
        <source>Recorded; goes to the funder with the next submission</source>
        <translation>Recorded; goes to the funder with the next submission</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>A file for a portal you upload to by hand, exactly in its format, or an Excel workbook for your own use. Fields leave as the data request allows: names never, the citizen service number only where the portal needs it.</source>
        <translation>A file for a portal you upload to by hand, exactly in its format, or an Excel workbook for your own use. Fields leave as the data request allows: names never, the citizen service number only where the portal needs it.</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Format:</translation>
    </message>
    <message>
        <source>Export format</source>
        <translation>Export format</translation>
    </message>
    <message>
        <source>F&amp;older:</source>
        <translation>F&amp;older:</translation>
    </message>
    <message>
        <source>Folder to write the file in</source>
        <translation>Folder to write the file in</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Browse…</translation>
    </message>
    <message>
        <source>Choose the folder</source>
        <translation>Choose the folder</translation>
    </message>
    <message>
        <source>File &amp;name:</source>
        <translation>File &amp;name:</translation>
    </message>
    <message>
        <source>File name</source>
        <translation>File name</translation>
    </message>
</context>
<context>
    <name>ImportFilePage</name>
    <message>
        <source>File to import</source>
        <translation>File to import</translation>
    </message>
    <message>
        <source>A CSV file (separated by ; or ,) or an Excel workbook (.xlsx). Nothing is written until you confirm the preview.</source>
        <translation>A CSV file (separated by ; or ,) or an Excel workbook (.xlsx). Nothing is written until you confirm the preview.</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;File:</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Browse…</translation>
    </message>
    <message>
        <source>Choose the file to import</source>
        <translation>Choose the file to import</translation>
    </message>
    <message>
        <source>&amp;Sheet:</source>
        <translation>&amp;Sheet:</translation>
    </message>
    <message>
        <source>Sheet of the workbook</source>
        <translation>Sheet of the workbook</translation>
    </message>
    <message>
        <source>&amp;Data:</source>
        <translation>&amp;Data:</translation>
    </message>
    <message>
        <source>Kind of data in the file</source>
        <translation>Kind of data in the file</translation>
    </message>
</context>
<context>
    <name>ImportPlan</name>
    <message>
        <source>The file has no header row with column names.</source>
        <translation>The file has no header row with column names.</translation>
    </message>
    <message>
        <source>The spec %1 has no dataset %2.</source>
        <translation>The spec %1 has no dataset %2.</translation>
    </message>
    <message>
        <source>None of the file&apos;s columns (%1) is a column of %2. Check that you chose the right kind of file, or give a column mapping.</source>
        <translation>None of the file&apos;s columns (%1) is a column of %2. Check that you chose the right kind of file, or give a column mapping.</translation>
    </message>
    <message>
        <source>The register&apos;s %1 could not be read.</source>
        <translation>The register&apos;s %1 could not be read.</translation>
    </message>
</context>
<context>
    <name>ImportWriter</name>
    <message>
        <source>The import was cancelled; the register is as it was.</source>
        <translation>The import was cancelled; the register is as it was.</translation>
    </message>
</context>
<context>
    <name>KeyStore</name>
    <message>
        <source>This register has named users: each user changes their own passphrase (veldboek-cli user passphrase), and a beheerder removes users.</source>
        <translation>This register has named users: each user changes their own passphrase (veldboek-cli user passphrase), and a beheerder removes users.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
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
    <message>
        <source>Searc&amp;h:</source>
        <translation>Searc&amp;h:</translation>
    </message>
    <message>
        <source>Name or respondent number (Ctrl+F)</source>
        <translation>Name or respondent number (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search by name or respondent number</source>
        <translation>Search by name or respondent number</translation>
    </message>
    <message>
        <source>S&amp;how:</source>
        <translation>S&amp;how:</translation>
    </message>
    <message>
        <source>Show participants by status</source>
        <translation>Show participants by status</translation>
    </message>
    <message>
        <source>All participants</source>
        <translation>All participants</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Ended</translation>
    </message>
    <message>
        <source>Deletion requested</source>
        <translation>Deletion requested</translation>
    </message>
    <message>
        <source>Only with &amp;problems</source>
        <translation>Only with &amp;problems</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <source>&amp;Security</source>
        <translation>&amp;Security</translation>
    </message>
    <message>
        <source>&amp;Lock automatically</source>
        <translation>&amp;Lock automatically</translation>
    </message>
    <message>
        <source>Toolbar</source>
        <translation>Toolbar</translation>
    </message>
    <message>
        <source>&amp;New participant</source>
        <translation>&amp;New participant</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Redo</translation>
    </message>
    <message>
        <source>&amp;Delete participant…</source>
        <translation>&amp;Delete participant…</translation>
    </message>
    <message>
        <source>&amp;History of the participant…</source>
        <translation>&amp;History of the participant…</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Find</translation>
    </message>
    <message>
        <source>&amp;Problems</source>
        <translation>&amp;Problems</translation>
    </message>
    <message>
        <source>Lock &amp;now</source>
        <translation>Lock &amp;now</translation>
    </message>
    <message>
        <source>S&amp;ubmit</source>
        <translation>S&amp;ubmit</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Import…</translation>
    </message>
    <message>
        <source>Bring in participants or outcome data from a CSV or Excel file</source>
        <translation>Bring in participants or outcome data from a CSV or Excel file</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>E&amp;xport…</translation>
    </message>
    <message>
        <source>Write the files for the portals, or a workbook for your own use</source>
        <translation>Write the files for the portals, or a workbook for your own use</translation>
    </message>
    <message>
        <source>&amp;Submit register…</source>
        <translation>&amp;Submit register…</translation>
    </message>
    <message>
        <source>Check the whole register and send it to the endpoint</source>
        <translation>Check the whole register and send it to the endpoint</translation>
    </message>
    <message>
        <source>&amp;Dashboard</source>
        <translation>&amp;Dashboard</translation>
    </message>
    <message>
        <source>Your figures beside the cluster&apos;s</source>
        <translation>Your figures beside the cluster&apos;s</translation>
    </message>
    <message>
        <source>&amp;Connection settings…</source>
        <translation>&amp;Connection settings…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;About Veldboek</source>
        <translation>&amp;About Veldboek</translation>
    </message>
    <message>
        <source>Welcome to Veldboek</source>
        <translation>Welcome to Veldboek</translation>
    </message>
    <message>
        <source>Veldboek keeps your participants and their outcome data in an encrypted register on this computer, checks every field while you type, and submits the register to the data-request endpoint. How do you want to start?</source>
        <translation>Veldboek keeps your participants and their outcome data in an encrypted register on this computer, checks every field while you type, and submits the register to the data-request endpoint. How do you want to start?</translation>
    </message>
    <message>
        <source>An empty encrypted register on this computer.</source>
        <translation>An empty encrypted register on this computer.</translation>
    </message>
    <message>
        <source>Start from my &amp;Excel or CSV list…</source>
        <translation>Start from my &amp;Excel or CSV list…</translation>
    </message>
    <message>
        <source>A new register, then read in the list you keep today.</source>
        <translation>A new register, then read in the list you keep today.</translation>
    </message>
    <message>
        <source>&amp;Try it with example data…</source>
        <translation>&amp;Try it with example data…</translation>
    </message>
    <message>
        <source>A register with 200 invented participants, to look around.</source>
        <translation>A register with 200 invented participants, to look around.</translation>
    </message>
    <message>
        <source>A register you made before, on this computer or a drive.</source>
        <translation>A register you made before, on this computer or a drive.</translation>
    </message>
    <message>
        <source>Recently opened:</source>
        <translation>Recently opened:</translation>
    </message>
    <message>
        <source>&amp;History…</source>
        <translation>&amp;History…</translation>
    </message>
    <message>
        <source>Every submission with its report; withdraw one; deletion requests</source>
        <translation>Every submission with its report; withdraw one; deletion requests</translation>
    </message>
    <message>
        <source>Save register &amp;as…</source>
        <translation>Save register &amp;as…</translation>
    </message>
    <message>
        <source>Save an encrypted copy of the register, with the edit in hand, and go on working in it</source>
        <translation>Save an encrypted copy of the register, with the edit in hand, and go on working in it</translation>
    </message>
    <message>
        <source>&amp;Users…</source>
        <translation>&amp;Users…</translation>
    </message>
    <message>
        <source>Who may open this register, and with which role</source>
        <translation>Who may open this register, and with which role</translation>
    </message>
    <message>
        <source>Self-registered</source>
        <translation>Self-registered</translation>
    </message>
    <message>
        <source>Self-registration &amp;kiosk…</source>
        <translation>Self-registration &amp;kiosk…</translation>
    </message>
    <message>
        <source>A full-screen form on which young people register themselves; leaving it needs the register&apos;s passphrase</source>
        <translation>A full-screen form on which young people register themselves; leaving it needs the register&apos;s passphrase</translation>
    </message>
    <message>
        <source>&amp;Change my passphrase…</source>
        <translation>&amp;Change my passphrase…</translation>
    </message>
    <message>
        <source>Self-re&amp;gistrations…</source>
        <translation>Self-re&amp;gistrations…</translation>
    </message>
    <message>
        <source>The link people register themselves through, and what came in through it</source>
        <translation>The link people register themselves through, and what came in through it</translation>
    </message>
</context>
<context>
    <name>OutcomeCemTab</name>
    <message>
        <source>&amp;Questionnaire</source>
        <translation>&amp;Questionnaire</translation>
    </message>
    <message>
        <source>Questionnaire</source>
        <translation>Questionnaire</translation>
    </message>
    <message>
        <source>&amp;Date of measurement</source>
        <translation>&amp;Date of measurement</translation>
    </message>
    <message>
        <source>Age then</source>
        <translation>Age then</translation>
    </message>
    <message>
        <source>Filled in &amp;by</source>
        <translation>Filled in &amp;by</translation>
    </message>
    <message>
        <source>Informant</source>
        <translation>Informant</translation>
    </message>
    <message>
        <source>Answers (type the digit; the cursor moves on)</source>
        <translation>Answers (type the digit; the cursor moves on)</translation>
    </message>
    <message>
        <source>Save &amp;measurement</source>
        <translation>Save &amp;measurement</translation>
    </message>
    <message>
        <source>Cancel change</source>
        <translation>Cancel change</translation>
    </message>
    <message>
        <source>Stop changing; the saved values stay (Esc)</source>
        <translation>Stop changing; the saved values stay (Esc)</translation>
    </message>
    <message>
        <source>CEM+ measurements</source>
        <translation>CEM+ measurements</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>Answers</translation>
    </message>
    <message>
        <source>&amp;Change</source>
        <translation>&amp;Change</translation>
    </message>
    <message>
        <source>Change the measurement chosen in the list (Enter)</source>
        <translation>Change the measurement chosen in the list (Enter)</translation>
    </message>
    <message>
        <source>De&amp;lete…</source>
        <translation>De&amp;lete…</translation>
    </message>
    <message>
        <source>Delete the measurement chosen in the list (Del)</source>
        <translation>Delete the measurement chosen in the list (Del)</translation>
    </message>
</context>
<context>
    <name>OutcomeGasTab</name>
    <message>
        <source>Trajectory</source>
        <translation>Trajectory</translation>
    </message>
    <message>
        <source>&amp;Trajectory</source>
        <translation>&amp;Trajectory</translation>
    </message>
    <message>
        <source>New: &amp;decision number</source>
        <translation>New: &amp;decision number</translation>
    </message>
    <message>
        <source>Decision number for a new trajectory</source>
        <translation>Decision number for a new trajectory</translation>
    </message>
    <message>
        <source>or &amp;assignment number</source>
        <translation>or &amp;assignment number</translation>
    </message>
    <message>
        <source>Assignment number for a new trajectory</source>
        <translation>Assignment number for a new trajectory</translation>
    </message>
    <message>
        <source>Goals and their scores</source>
        <translation>Goals and their scores</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Goal</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Informant</source>
        <translation>Informant</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>&amp;Change</source>
        <translation>&amp;Change</translation>
    </message>
    <message>
        <source>Change the goal or score chosen in the list (Enter)</source>
        <translation>Change the goal or score chosen in the list (Enter)</translation>
    </message>
    <message>
        <source>De&amp;lete…</source>
        <translation>De&amp;lete…</translation>
    </message>
    <message>
        <source>Delete the goal or score chosen in the list (Del)</source>
        <translation>Delete the goal or score chosen in the list (Del)</translation>
    </message>
    <message>
        <source>Goal (stays with the organisation)</source>
        <translation>Goal (stays with the organisation)</translation>
    </message>
    <message>
        <source>Goal, in your own words (not submitted)</source>
        <translation>Goal, in your own words (not submitted)</translation>
    </message>
    <message>
        <source>Add &amp;goal</source>
        <translation>Add &amp;goal</translation>
    </message>
    <message>
        <source>G&amp;oal</source>
        <translation>G&amp;oal</translation>
    </message>
    <message>
        <source>&amp;Informant</source>
        <translation>&amp;Informant</translation>
    </message>
    <message>
        <source>Da&amp;te</source>
        <translation>Da&amp;te</translation>
    </message>
    <message>
        <source>&amp;Value</source>
        <translation>&amp;Value</translation>
    </message>
    <message>
        <source>GAS score</source>
        <translation>GAS score</translation>
    </message>
    <message>
        <source>-1, 0, 1 or 2</source>
        <translation>-1, 0, 1 or 2</translation>
    </message>
    <message>
        <source>Add &amp;score</source>
        <translation>Add &amp;score</translation>
    </message>
    <message>
        <source>Cancel change</source>
        <translation>Cancel change</translation>
    </message>
    <message>
        <source>Stop changing; the saved values stay (Esc)</source>
        <translation>Stop changing; the saved values stay (Esc)</translation>
    </message>
</context>
<context>
    <name>OutcomeProblemTab</name>
    <message>
        <source>Scores of the trajectory chosen on the GAS tab.</source>
        <translation>Scores of the trajectory chosen on the GAS tab.</translation>
    </message>
    <message>
        <source>Problem-reduction scores</source>
        <translation>Problem-reduction scores</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
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
        <translation>&amp;Change</translation>
    </message>
    <message>
        <source>Change the score chosen in the list (Enter)</source>
        <translation>Change the score chosen in the list (Enter)</translation>
    </message>
    <message>
        <source>De&amp;lete…</source>
        <translation>De&amp;lete…</translation>
    </message>
    <message>
        <source>Delete the score chosen in the list (Del)</source>
        <translation>Delete the score chosen in the list (Del)</translation>
    </message>
    <message>
        <source>&amp;Informant</source>
        <translation>&amp;Informant</translation>
    </message>
    <message>
        <source>Da&amp;te</source>
        <translation>Da&amp;te</translation>
    </message>
    <message>
        <source>&amp;Score</source>
        <translation>&amp;Score</translation>
    </message>
    <message>
        <source>Problem-reduction score</source>
        <translation>Problem-reduction score</translation>
    </message>
    <message>
        <source>&amp;Add score</source>
        <translation>&amp;Add score</translation>
    </message>
    <message>
        <source>Cancel change</source>
        <translation>Cancel change</translation>
    </message>
    <message>
        <source>Stop changing; the saved values stay (Esc)</source>
        <translation>Stop changing; the saved values stay (Esc)</translation>
    </message>
</context>
<context>
    <name>OwnExport</name>
    <message>
        <source>%1 (no longer requested)</source>
        <translation>%1 (no longer requested)</translation>
    </message>
    <message>
        <source>The register changed during the export; export again.</source>
        <translation>The register changed during the export; export again.</translation>
    </message>
</context>
<context>
    <name>ParticipantForm</name>
    <message>
        <source>&amp;Participant</source>
        <translation>&amp;Participant</translation>
    </message>
    <message>
        <source>&amp;GAS</source>
        <translation>&amp;GAS</translation>
    </message>
    <message>
        <source>Problem &amp;reduction</source>
        <translation>Problem &amp;reduction</translation>
    </message>
    <message>
        <source>CEM&amp;+</source>
        <translation>CEM&amp;+</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>Save the participant (Ctrl+S)</source>
        <translation>Save the participant (Ctrl+S)</translation>
    </message>
    <message>
        <source>&amp;Undo changes</source>
        <translation>&amp;Undo changes</translation>
    </message>
    <message>
        <source>Go back to the saved values (Esc)</source>
        <translation>Go back to the saved values (Esc)</translation>
    </message>
    <message>
        <source>&amp;History…</source>
        <translation>&amp;History…</translation>
    </message>
    <message>
        <source>Who changed what in this record, and when</source>
        <translation>Who changed what in this record, and when</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Delete…</translation>
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
    <message>
        <source>The register %1 was moved, deleted or replaced while it was open, so this change was not saved; it stays on screen. Put the file back where it was (from the trash, for example) and save again.</source>
        <translation>The register %1 was moved, deleted or replaced while it was open, so this change was not saved; it stays on screen. Put the file back where it was (from the trash, for example) and save again.</translation>
    </message>
    <message>
        <source>The users file of the register %1 is damaged or was changed (%2), so no user can be unlocked. Put back the .users file that belongs to this register, or restore the register from a backup.</source>
        <translation>The users file of the register %1 is damaged or was changed (%2), so no user can be unlocked. Put back the .users file that belongs to this register, or restore the register from a backup.</translation>
    </message>
    <message>
        <source>The register already has a user called %1. Choose another name.</source>
        <translation>The register already has a user called %1. Choose another name.</translation>
    </message>
    <message>
        <source>The register has no user called %1. See the users with: user list.</source>
        <translation>The register has no user called %1. See the users with: user list.</translation>
    </message>
    <message>
        <source>You cannot remove yourself or the last beheerder. Add another beheerder first, and let them remove you.</source>
        <translation>You cannot remove yourself or the last beheerder. Add another beheerder first, and let them remove you.</translation>
    </message>
    <message>
        <source>This passphrase cannot be used: every user needs a passphrase of their own. Choose another one.</source>
        <translation>This passphrase cannot be used: every user needs a passphrase of their own. Choose another one.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be a user name: use 1 to 64 characters, without line breaks or control characters.</source>
        <translation>&quot;%1&quot; cannot be a user name: use 1 to 64 characters, without line breaks or control characters.</translation>
    </message>
</context>
<context>
    <name>Roles</name>
    <message>
        <source>administrator (beheerder)</source>
        <translation>administrator (beheerder)</translation>
    </message>
    <message>
        <source>data entry (invoerder)</source>
        <translation>data entry (invoerder)</translation>
    </message>
    <message>
        <source>self-registration (zelfaanmelding)</source>
        <translation>self-registration (zelfaanmelding)</translation>
    </message>
    <message>
        <source>Your role may only use the self-registration kiosk of this register. Ask a beheerder or invoerder.</source>
        <translation>Your role may only use the self-registration kiosk of this register. Ask a beheerder or invoerder.</translation>
    </message>
    <message>
        <source>Only a beheerder may export from this register. Ask a beheerder.</source>
        <translation>Only a beheerder may export from this register. Ask a beheerder.</translation>
    </message>
    <message>
        <source>Only a beheerder may submit or withdraw. Ask a beheerder.</source>
        <translation>Only a beheerder may submit or withdraw. Ask a beheerder.</translation>
    </message>
    <message>
        <source>Only a beheerder may make backups of this register. Ask a beheerder.</source>
        <translation>Only a beheerder may make backups of this register. Ask a beheerder.</translation>
    </message>
    <message>
        <source>Only a beheerder may add or remove users. Ask a beheerder.</source>
        <translation>Only a beheerder may add or remove users. Ask a beheerder.</translation>
    </message>
    <message>
        <source>Only a beheerder or invoerder may start the kiosk.</source>
        <translation>Only a beheerder or invoerder may start the kiosk.</translation>
    </message>
    <message>
        <source>Only a beheerder may make, close or pull self-registration links. Ask a beheerder.</source>
        <translation>Only a beheerder may make, close or pull self-registration links. Ask a beheerder.</translation>
    </message>
</context>
<context>
    <name>SelfRegInbox</name>
    <message>
        <source>The self-registration %1 was already accepted.</source>
        <translation>The self-registration %1 was already accepted.</translation>
    </message>
    <message>
        <source>The self-registration %1 was already merged.</source>
        <translation>The self-registration %1 was already merged.</translation>
    </message>
    <message>
        <source>The self-registration %1 was already rejected.</source>
        <translation>The self-registration %1 was already rejected.</translation>
    </message>
    <message>
        <source>No data request in force for this register has fields for self-registration.</source>
        <translation>No data request in force for this register has fields for self-registration.</translation>
    </message>
    <message>
        <source>This register did not make the link %1.</source>
        <translation>This register did not make the link %1.</translation>
    </message>
    <message>
        <source>There is no self-registration %1 in this register. See them with: selfreg list.</source>
        <translation>There is no self-registration %1 in this register. See them with: selfreg list.</translation>
    </message>
    <message>
        <source>The respondent number &quot;%1&quot; is empty or already in use. Choose another one.</source>
        <translation>The respondent number "%1" is empty or already in use. Choose another one.</translation>
    </message>
    <message>
        <source>There is no participant to merge it into.</source>
        <translation>There is no participant to merge it into.</translation>
    </message>
</context>
<context>
    <name>SelfRegSync</name>
    <message>
        <source>No key pair could be made.</source>
        <translation>No key pair could be made.</translation>
    </message>
    <message>
        <source>The endpoint&apos;s answer names no link.</source>
        <translation>The endpoint's answer names no link.</translation>
    </message>
    <message>
        <source>Fetching the entries of link %1…</source>
        <translation>Fetching the entries of link %1…</translation>
    </message>
</context>
<context>
    <name>SpecChangeReport</name>
    <message>
        <source>Records affected: %1.</source>
        <translation>Records affected: %1.</translation>
    </message>
    <message numerus="yes">
        <source>New required field %1; records affected: %n.</source>
        <translation>
            <numerusform>New required field %1; records affected: %n.</numerusform>
            <numerusform>New required field %1; records affected: %n.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>New field %1 (optional); records affected: %n.</source>
        <translation>
            <numerusform>New field %1 (optional); records affected: %n.</numerusform>
            <numerusform>New field %1 (optional); records affected: %n.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 is no longer asked for; its values stay in the register, marked as no longer requested; records with a value: %n.</source>
        <translation>
            <numerusform>%1 is no longer asked for; its values stay in the register, marked as no longer requested; records with a value: %n.</numerusform>
            <numerusform>%1 is no longer asked for; its values stay in the register, marked as no longer requested; records with a value: %n.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 accepts new codes: %2; records no longer flagged: %n.</source>
        <translation>
            <numerusform>%1 accepts new codes: %2; records no longer flagged: %n.</numerusform>
            <numerusform>%1 accepts new codes: %2; records no longer flagged: %n.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 no longer accepts: %2; records affected: %n.</source>
        <translation>
            <numerusform>%1 no longer accepts: %2; records affected: %n.</numerusform>
            <numerusform>%1 no longer accepts: %2; records affected: %n.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The rule for %1 changed; records affected: %n.</source>
        <translation>
            <numerusform>The rule for %1 changed; records affected: %n.</numerusform>
            <numerusform>The rule for %1 changed; records affected: %n.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SpecStore</name>
    <message>
        <source>stored version %1 cannot be read by this build: %2</source>
        <translation>stored version %1 cannot be read by this build: %2</translation>
    </message>
    <message>
        <source>stored version %1 is older than the built-in %2</source>
        <translation>stored version %1 is older than the built-in %2</translation>
    </message>
</context>
<context>
    <name>SubmissionStatus</name>
    <message>
        <source>withdrawn on %1</source>
        <translation>withdrawn on %1</translation>
    </message>
    <message>
        <source>approved</source>
        <translation>approved</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>rejected</translation>
    </message>
    <message>
        <source>being checked</source>
        <translation>being checked</translation>
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
    <name>XlsxWriter</name>
    <message>
        <source>A workbook needs at least one sheet.</source>
        <translation>A workbook needs at least one sheet.</translation>
    </message>
    <message>
        <source>The sheet name “%1” is longer than the 31 characters Excel allows.</source>
        <translation>The sheet name “%1” is longer than the 31 characters Excel allows.</translation>
    </message>
    <message>
        <source>The sheet name “%1” contains %2, which Excel does not allow.</source>
        <translation>The sheet name “%1” contains %2, which Excel does not allow.</translation>
    </message>
    <message>
        <source>The sheet name “%1” starts or ends with an apostrophe, which Excel does not allow.</source>
        <translation>The sheet name “%1” starts or ends with an apostrophe, which Excel does not allow.</translation>
    </message>
    <message>
        <source>The sheet name “%1” occurs twice.</source>
        <translation>The sheet name “%1” occurs twice.</translation>
    </message>
    <message>
        <source>The sheet “%1” has %2 rows; Excel allows at most 1,048,576.</source>
        <translation>The sheet “%1” has %2 rows; Excel allows at most 1,048,576.</translation>
    </message>
    <message>
        <source>Row %1 of the sheet “%2” has %3 columns; Excel allows at most 16,384.</source>
        <translation>Row %1 of the sheet “%2” has %3 columns; Excel allows at most 16,384.</translation>
    </message>
    <message>
        <source>Row %1 of the sheet “%2” has a cell longer than the 32,767 characters Excel allows.</source>
        <translation>Row %1 of the sheet “%2” has a cell longer than the 32,767 characters Excel allows.</translation>
    </message>
    <message>
        <source>The library for writing Excel workbooks (%1) cannot be loaded: %2</source>
        <translation>The library for writing Excel workbooks (%1) cannot be loaded: %2</translation>
    </message>
    <message>
        <source>The library for writing Excel workbooks (%1) lacks a function: %2</source>
        <translation>The library for writing Excel workbooks (%1) lacks a function: %2</translation>
    </message>
    <message>
        <source>Writing the workbook failed: %1</source>
        <translation>Writing the workbook failed: %1</translation>
    </message>
    <message>
        <source>Cannot write in the folder %1: %2</source>
        <translation>Cannot write in the folder %1: %2</translation>
    </message>
    <message>
        <source>Cannot create the file %1.</source>
        <translation>Cannot create the file %1.</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <source>The passphrase is too easy to guess: use at least %1 characters, more words, or a sentence nobody would expect. (For a register of generated data only: --allow-weak-passphrase.)</source>
        <translation>The passphrase is too easy to guess: use at least %1 characters, more words, or a sentence nobody would expect. (For a register of generated data only: --allow-weak-passphrase.)</translation>
    </message>
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
    <message>
        <source>--demo-clean goes with --demo N, for example --demo 200 --demo-clean</source>
        <translation>--demo-clean goes with --demo N, for example --demo 200 --demo-clean</translation>
    </message>
    <message>
        <source>Figures of %1 (cluster %2), fetched %3; period %4 to %5</source>
        <translation>Figures of %1 (cluster %2), fetched %3; period %4 to %5</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Figure</translation>
    </message>
    <message>
        <source>Own</source>
        <translation>Own</translation>
    </message>
    <message>
        <source>Cluster</source>
        <translation>Cluster</translation>
    </message>
    <message>
        <source>No dashboard figures have been pulled back yet: submit the register with veldboek-cli sync first.</source>
        <translation>No dashboard figures have been pulled back yet: submit the register with veldboek-cli sync first.</translation>
    </message>
    <message>
        <source>An import needs the spec of its file: --spec mdt, sor or cemplus.</source>
        <translation>An import needs the spec of its file: --spec mdt, sor or cemplus.</translation>
    </message>
    <message>
        <source>--on-match takes skip, update or add.</source>
        <translation>--on-match takes skip, update or add.</translation>
    </message>
    <message>
        <source>a spreadsheet program has damaged values in this file; nothing was imported.</source>
        <translation>a spreadsheet program has damaged values in this file; nothing was imported.</translation>
    </message>
    <message>
        <source>(%1 more)</source>
        <translation>(%1 more)</translation>
    </message>
    <message>
        <source>%1: dataset %2, %3 rows: %4 without problems, %5 with warnings, %6 with errors; %7 match a participant already in the register.</source>
        <translation>%1: dataset %2, %3 rows: %4 without problems, %5 with warnings, %6 with errors; %7 match a participant already in the register.</translation>
    </message>
    <message>
        <source>Columns not imported: %1</source>
        <translation>Columns not imported: %1</translation>
    </message>
    <message>
        <source>Imported %1 rows (%2 participants added, %3 updated, %4 skipped).</source>
        <translation>Imported %1 rows (%2 participants added, %3 updated, %4 skipped).</translation>
    </message>
    <message>
        <source>Rows with errors came in flagged: correct them in Veldboek.</source>
        <translation>Rows with errors came in flagged: correct them in Veldboek.</translation>
    </message>
    <message>
        <source>Wrote %1 rows to %2.</source>
        <translation>Wrote %1 rows to %2.</translation>
    </message>
    <message>
        <source>The connection settings are stored with the register %1.</source>
        <translation>The connection settings are stored with the register %1.</translation>
    </message>
    <message>
        <source>Approved: submission %1.</source>
        <translation>Approved: submission %1.</translation>
    </message>
    <message>
        <source>The dashboard could not be fetched: %1</source>
        <translation>The dashboard could not be fetched: %1</translation>
    </message>
    <message>
        <source>Rejected: submission %1. What to correct:</source>
        <translation>Rejected: submission %1. What to correct:</translation>
    </message>
    <message>
        <source>XLSX, sheet %1</source>
        <translation>XLSX, sheet %1</translation>
    </message>
    <message>
        <source>tab</source>
        <translation>tab</translation>
    </message>
    <message>
        <source>CSV, separator %1, %2</source>
        <translation>CSV, separator %1, %2</translation>
    </message>
    <message>
        <source>column &quot;%1&quot; is not a known column name, but resembles the field %2 (%3).</source>
        <translation>column &quot;%1&quot; is not a known column name, but resembles the field %2 (%3).</translation>
    </message>
    <message numerus="yes">
        <source>Nothing was imported. Say what to do with %n column(s): map them with --mapping MAP.json (for example {&quot;%1&quot;: &quot;%2&quot;}), or leave them out with --skip-columns &quot;%3&quot;.</source>
        <translation>
            <numerusform>Nothing was imported. Say what to do with %n column: map it with --mapping MAP.json (for example {&quot;%1&quot;: &quot;%2&quot;}), or leave it out with --skip-columns &quot;%3&quot;.</numerusform>
            <numerusform>Nothing was imported. Say what to do with %n columns: map them with --mapping MAP.json (for example {&quot;%1&quot;: &quot;%2&quot;}), or leave them out with --skip-columns &quot;%3&quot;.</numerusform>
        </translation>
    </message>
    <message>
        <source>Read as: %1</source>
        <translation>Read as: %1</translation>
    </message>
    <message>
        <source>Not taken as participants: title rows %1, rows of totals %2.</source>
        <translation>Not taken as participants: title rows %1, rows of totals %2.</translation>
    </message>
    <message>
        <source>Hidden in the workbook, imported all the same: rows %1; columns %2.</source>
        <translation>Hidden in the workbook, imported all the same: rows %1; columns %2.</translation>
    </message>
    <message numerus="yes">
        <source>%n value(s) given as the label of a code were read as the code.</source>
        <translation>
            <numerusform>%n value given as the label of a code was read as the code.</numerusform>
            <numerusform>%n values given as the label of a code were read as the code.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n person/people of the file are not in the register: each is added as a participant with only a citizen service number or client reference, which the participants&apos; check reports as incomplete until you fill in the rest.</source>
        <translation>
            <numerusform>%n person of the file is not in the register: they are added as a participant with only a citizen service number or client reference, which the participants&apos; check reports as incomplete until you fill in the rest.</numerusform>
            <numerusform>%n people of the file are not in the register: each is added as a participant with only a citizen service number or client reference, which the participants&apos; check reports as incomplete until you fill in the rest.</numerusform>
        </translation>
    </message>
    <message>
        <source>The participants&apos; check of those %1 as the register holds them after the import: %2 without problems, %3 with warnings, %4 with errors.</source>
        <translation>The participants&apos; check of those %1 as the register holds them after the import: %2 without problems, %3 with warnings, %4 with errors.</translation>
    </message>
    <message>
        <source>The other %1 rows of %2 in the register, checked with the file&apos;s rows: %3 without problems, %4 with warnings, %5 with errors.</source>
        <translation>The other %1 rows of %2 in the register, checked with the file&apos;s rows: %3 without problems, %4 with warnings, %5 with errors.</translation>
    </message>
    <message numerus="yes">
        <source>Not imported, %n row(s) that repeat an earlier row of the file (the same registered participant, or the same item of a measurement; the earlier row is imported): lines %1.</source>
        <translation>
            <numerusform>Not imported, %n row that repeats an earlier row of the file (the same registered participant, or the same item of a measurement; the earlier row is imported): line %1.</numerusform>
            <numerusform>Not imported, %n rows that repeat an earlier row of the file (the same registered participant, or the same item of a measurement; the earlier row is imported): lines %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>The file&apos;s rows have no errors, but the register has errors after the import in the rows counted above: correct them in Veldboek.</source>
        <translation>The file&apos;s rows have no errors, but the register has errors after the import in the rows counted above: correct them in Veldboek.</translation>
    </message>
    <message>
        <source>The register keeps a measurement&apos;s date, informant, questionnaire and client reference from its first row; these rows give others, which are not imported: lines %1.</source>
        <translation>The register keeps a measurement&apos;s date, informant, questionnaire and client reference from its first row; these rows give others, which are not imported: lines %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n deletion request(s) sent.</source>
        <translation>
            <numerusform>%n deletion request sent.</numerusform>
            <numerusform>%n deletion requests sent.</numerusform>
        </translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Note: %1</translation>
    </message>
    <message>
        <source>%1 (%2): %3 rows read, %4 imported, %5 values cleared, %6 warnings</source>
        <translation>%1 (%2): %3 rows read, %4 imported, %5 values cleared, %6 warnings</translation>
    </message>
    <message>
        <source>Withdrawn: submission %1. The endpoint no longer counts it.</source>
        <translation>Withdrawn: submission %1. The endpoint no longer counts it.</translation>
    </message>
    <message>
        <source>%1 %2: unchanged.</source>
        <translation>%1 %2: unchanged.</translation>
    </message>
    <message>
        <source>%1 %2: stored; the built-in version is newer and stays in force.</source>
        <translation>%1 %2: stored; the built-in version is newer and stays in force.</translation>
    </message>
    <message>
        <source>%1 %2: in force from now on (was %3).</source>
        <translation>%1 %2: in force from now on (was %3).</translation>
    </message>
    <message>
        <source>%1 %2: in force from now on.</source>
        <translation>%1 %2: in force from now on.</translation>
    </message>
    <message>
        <source>%1 %2: built-in (sha256 %3)</source>
        <translation>%1 %2: built-in (sha256 %3)</translation>
    </message>
    <message>
        <source>%1 %2: from %3, fetched %4 (sha256 %5)</source>
        <translation>%1 %2: from %3, fetched %4 (sha256 %5)</translation>
    </message>
    <message>
        <source>Usage:</source>
        <translation>Usage:</translation>
    </message>
    <message>
        <source>Offline: the rules could not be fetched; the register&apos;s own rules are used.</source>
        <translation>Offline: the rules could not be fetched; the register&apos;s own rules are used.</translation>
    </message>
    <message>
        <source>The rules could not be fetched from the endpoint: %1</source>
        <translation>The rules could not be fetched from the endpoint: %1</translation>
    </message>
    <message>
        <source>The new rules are in force, but what they change could not be worked out: %1</source>
        <translation>The new rules are in force, but what they change could not be worked out: %1</translation>
    </message>
    <message>
        <source>The endpoint&apos;s rules have changed, so nothing was sent. See what they find with: veldboek-cli validate %1; correct it and run sync again (the next sync is checked with the new rules).</source>
        <translation>The endpoint&apos;s rules have changed, so nothing was sent. See what they find with: veldboek-cli validate %1; correct it and run sync again (the next sync is checked with the new rules).</translation>
    </message>
    <message>
        <source>A new user needs a role (--role beheerder, invoerder or zelfaanmelding) and a passphrase of their own (--new-passphrase-file F).</source>
        <translation>A new user needs a role (--role beheerder, invoerder or zelfaanmelding) and a passphrase of their own (--new-passphrase-file F).</translation>
    </message>
    <message>
        <source>Added %1 as %2.</source>
        <translation>Added %1 as %2.</translation>
    </message>
    <message>
        <source>Removed %1. The register has a new key; %1&apos;s passphrase opens nothing of it any more.</source>
        <translation>Removed %1. The register has a new key; %1&apos;s passphrase opens nothing of it any more.</translation>
    </message>
    <message>
        <source>The new passphrase is too easy to guess: use at least %1 characters, more words, or a sentence nobody would expect.</source>
        <translation>The new passphrase is too easy to guess: use at least %1 characters, more words, or a sentence nobody would expect.</translation>
    </message>
    <message>
        <source>The passphrase is changed.</source>
        <translation>The passphrase is changed.</translation>
    </message>
    <message>
        <source>The link %1 is closed: it takes no more entries. Entries that came in before can still be pulled.</source>
        <translation>The link %1 is closed: it takes no more entries. Entries that came in before can still be pulled.</translation>
    </message>
    <message>
        <source>Give this address to the people who register themselves. Pull their entries with: selfreg pull</source>
        <translation>Give this address to the people who register themselves. Pull their entries with: selfreg pull</translation>
    </message>
    <message>
        <source>%1 new self-registration(s) pulled from %2 link(s); %3 were pulled before. See them with: selfreg list</source>
        <translation>%1 new self-registration(s) pulled from %2 link(s); %3 were pulled before. See them with: selfreg list</translation>
    </message>
    <message>
        <source>%1 entr(y/ies) could not be opened or hold what the form never asks: they were changed after they were sealed, or do not come from the page. They stay on the endpoint and are not in the register.</source>
        <translation>%1 entr(y/ies) could not be opened or hold what the form never asks: they were changed after they were sealed, or do not come from the page. They stay on the endpoint and are not in the register.</translation>
    </message>
    <message>
        <source>There is no self-registration %1 in this register (or the start is not unique). See them with: selfreg list</source>
        <translation>There is no self-registration %1 in this register (or the start is not unique). See them with: selfreg list</translation>
    </message>
    <message>
        <source>No self-registrations are waiting.</source>
        <translation>No self-registrations are waiting.</translation>
    </message>
    <message>
        <source>probably already registered as %1</source>
        <translation>probably already registered as %1</translation>
    </message>
    <message>
        <source>probably the same person as entry %1</source>
        <translation>probably the same person as entry %1</translation>
    </message>
    <message>
        <source>Rejected; its details are gone from the register.</source>
        <translation>Rejected; its details are gone from the register.</translation>
    </message>
    <message>
        <source>Accepted as %1.</source>
        <translation>Accepted as %1.</translation>
    </message>
    <message>
        <source>Say which participant it is with --into NUMBER (the respondent number).</source>
        <translation>Say which participant it is with --into NUMBER (the respondent number).</translation>
    </message>
    <message>
        <source>Merged; fields filled in: %1.</source>
        <translation>Merged; fields filled in: %1.</translation>
    </message>
</context>
<context>
    <name>sync</name>
    <message>
        <source>The token could not be read from the keychain: %1</source>
        <translation>The token could not be read from the keychain: %1</translation>
    </message>
    <message>
        <source>The token could not be stored in the keychain: %1</source>
        <translation>The token could not be stored in the keychain: %1</translation>
    </message>
    <message>
        <source>All is well: the connection is secure (TLS), the certificate is trusted and the token is accepted, for %1.</source>
        <translation>All is well: the connection is secure (TLS), the certificate is trusted and the token is accepted, for %1.</translation>
    </message>
    <message>
        <source>The connection is secure and the certificate is trusted, but the token is wrong: %1</source>
        <translation>The connection is secure and the certificate is trusted, but the token is wrong: %1</translation>
    </message>
    <message>
        <source>A connection was made, but the certificate is not right: %1</source>
        <translation>A connection was made, but the certificate is not right: %1</translation>
    </message>
    <message>
        <source>The endpoint address is not a web address, for example https://example.nl.</source>
        <translation>The endpoint address is not a web address, for example https://example.nl.</translation>
    </message>
    <message>
        <source>The endpoint address must start with https://; an unencrypted connection is never used.</source>
        <translation>The endpoint address must start with https://; an unencrypted connection is never used.</translation>
    </message>
    <message>
        <source>The pin must look like sha256/ followed by the Base64 SHA-256 of the public key (44 characters).</source>
        <translation>The pin must look like sha256/ followed by the Base64 SHA-256 of the public key (44 characters).</translation>
    </message>
    <message>
        <source>No token has been entered for the endpoint.</source>
        <translation>No token has been entered for the endpoint.</translation>
    </message>
    <message>
        <source>The CA file %1 cannot be read: %2</source>
        <translation>The CA file %1 cannot be read: %2</translation>
    </message>
    <message>
        <source>The CA file %1 holds no certificate in PEM form.</source>
        <translation>The CA file %1 holds no certificate in PEM form.</translation>
    </message>
    <message>
        <source>fewer than 10</source>
        <translation>fewer than 10</translation>
    </message>
    <message>
        <source>The register holds nothing to submit yet: enter a participant first.</source>
        <translation>The register holds nothing to submit yet: enter a participant first.</translation>
    </message>
    <message>
        <source>No approved submission yet.</source>
        <translation>No approved submission yet.</translation>
    </message>
    <message>
        <source>Overdue: the last approved submission was on %1, more than two months ago. Submit the register now.</source>
        <translation>Overdue: the last approved submission was on %1, more than two months ago. Submit the register now.</translation>
    </message>
    <message>
        <source>Last approved submission: %1.</source>
        <translation>Last approved submission: %1.</translation>
    </message>
    <message numerus="yes">
        <source>The last approved submission is %n day(s) old; submit before %1.</source>
        <translation>
            <numerusform>The last approved submission is %n day old; submit before %1.</numerusform>
            <numerusform>The last approved submission is %n days old; submit before %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Participants</translation>
    </message>
    <message>
        <source>Active participants</source>
        <translation>Active participants</translation>
    </message>
    <message>
        <source>Started this period</source>
        <translation>Started this period</translation>
    </message>
    <message>
        <source>Registration complete</source>
        <translation>Registration complete</translation>
    </message>
    <message>
        <source>GAS goals</source>
        <translation>GAS goals</translation>
    </message>
    <message>
        <source>GAS goals reached</source>
        <translation>GAS goals reached</translation>
    </message>
    <message>
        <source>GAS scores by other informants</source>
        <translation>GAS scores by other informants</translation>
    </message>
    <message>
        <source>Problem-reduction scores by other informants</source>
        <translation>Problem-reduction scores by other informants</translation>
    </message>
    <message>
        <source>CEM+ measurements</source>
        <translation>CEM+ measurements</translation>
    </message>
    <message>
        <source>Usefulness of the help (grade)</source>
        <translation>Usefulness of the help (grade)</translation>
    </message>
    <message>
        <source>all</source>
        <translation>all</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 of %2</translation>
    </message>
    <message>
        <source>Not drawn: %1</source>
        <translation>Not drawn: %1</translation>
    </message>
    <message>
        <source>not shown: would give away a small number</source>
        <translation>not shown: would give away a small number</translation>
    </message>
    <message>
        <source>not shown: fewer than 10, or hidden to protect another figure</source>
        <translation>not shown: fewer than 10, or hidden to protect another figure</translation>
    </message>
    <message>
        <source>not shown: too few organisations in the cluster</source>
        <translation>not shown: too few organisations in the cluster</translation>
    </message>
    <message>
        <source>not shown: one organisation makes up most of it</source>
        <translation>not shown: one organisation makes up most of it</translation>
    </message>
    <message>
        <source>not shown: no release yet</source>
        <translation>not shown: no release yet</translation>
    </message>
    <message>
        <source>merged into “other”</source>
        <translation>merged into “other”</translation>
    </message>
    <message>
        <source>CEM+ other questionnaires</source>
        <translation>CEM+ other questionnaires</translation>
    </message>
    <message>
        <source>CEM+ parents, end of help</source>
        <translation>CEM+ parents, end of help</translation>
    </message>
    <message>
        <source>CEM+ youth, end of help</source>
        <translation>CEM+ youth, end of help</translation>
    </message>
    <message>
        <source>CEM+ parents, long-term help</source>
        <translation>CEM+ parents, long-term help</translation>
    </message>
    <message>
        <source>CEM+ youth, long-term help</source>
        <translation>CEM+ youth, long-term help</translation>
    </message>
</context>
<context>
    <name>veldboek::EndpointRequest</name>
    <message>
        <source>Cancelled; nothing was counted as sent.</source>
        <translation>Cancelled; nothing was counted as sent.</translation>
    </message>
    <message>
        <source>The endpoint&apos;s public key does not match the pin in the connection settings: this may not be your endpoint. Nothing was sent.</source>
        <translation>The endpoint&apos;s public key does not match the pin in the connection settings: this may not be your endpoint. Nothing was sent.</translation>
    </message>
    <message>
        <source>The endpoint did not answer within %1 seconds.</source>
        <translation>The endpoint did not answer within %1 seconds.</translation>
    </message>
    <message>
        <source>The endpoint&apos;s certificate is not trusted (%1). Choose the CA file of the endpoint in the connection settings, or ask its administrator. Nothing was sent.</source>
        <translation>The endpoint&apos;s certificate is not trusted (%1). Choose the CA file of the endpoint in the connection settings, or ask its administrator. Nothing was sent.</translation>
    </message>
    <message>
        <source>No secure (TLS) connection could be made: %1. Nothing was sent.</source>
        <translation>No secure (TLS) connection could be made: %1. Nothing was sent.</translation>
    </message>
    <message>
        <source>The endpoint refused the token (HTTP %1). Enter the token again in the connection settings, or ask the endpoint&apos;s administrator for a new one.</source>
        <translation>The endpoint refused the token (HTTP %1). Enter the token again in the connection settings, or ask the endpoint&apos;s administrator for a new one.</translation>
    </message>
    <message>
        <source>The endpoint had a problem (HTTP %1)%2.</source>
        <translation>The endpoint had a problem (HTTP %1)%2.</translation>
    </message>
    <message>
        <source>The endpoint refused the request (HTTP %1): %2</source>
        <translation>The endpoint refused the request (HTTP %1): %2</translation>
    </message>
    <message>
        <source>The endpoint could not be reached: %1</source>
        <translation>The endpoint could not be reached: %1</translation>
    </message>
    <message>
        <source>The answer (HTTP %1) did not come from the endpoint: it was not its JSON but perhaps a network&apos;s login page. Log in to the network first; nothing was counted as sent.</source>
        <translation>The answer (HTTP %1) did not come from the endpoint: it was not its JSON but perhaps a network&apos;s login page. Log in to the network first; nothing was counted as sent.</translation>
    </message>
</context>
<context>
    <name>veldboek::HistorySync</name>
    <message>
        <source>The time to withdraw this submission is over (the endpoint allows it for a number of days after it arrived). Nothing was changed.</source>
        <translation>The time to withdraw this submission is over (the endpoint allows it for a number of days after it arrived). Nothing was changed.</translation>
    </message>
    <message>
        <source>This submission was already withdrawn. Nothing was changed.</source>
        <translation>This submission was already withdrawn. Nothing was changed.</translation>
    </message>
    <message>
        <source>The endpoint does not know this submission. Nothing was changed.</source>
        <translation>The endpoint does not know this submission. Nothing was changed.</translation>
    </message>
    <message>
        <source>There is no network: the endpoint cannot be asked now. Nothing was changed; the history shows what the register stored.</source>
        <translation>There is no network: the endpoint cannot be asked now. Nothing was changed; the history shows what the register stored.</translation>
    </message>
    <message>
        <source>The endpoint&apos;s answer to a deletion request could not be recorded; it is matched again at the next refresh.</source>
        <translation>The endpoint&apos;s answer to a deletion request could not be recorded; it is matched again at the next refresh.</translation>
    </message>
    <message>
        <source>The endpoint withdrew the submission, but the register could not record it: %1. Refresh the history.</source>
        <translation>The endpoint withdrew the submission, but the register could not record it: %1. Refresh the history.</translation>
    </message>
</context>
<context>
    <name>veldboek::SpecPull</name>
    <message>
        <source>The register keeps the specs it has.</source>
        <translation>The register keeps the specs it has.</translation>
    </message>
    <message>
        <source>The endpoint&apos;s list of specs is not what the API promises (no &quot;specs&quot; list).</source>
        <translation>The endpoint&apos;s list of specs is not what the API promises (no &quot;specs&quot; list).</translation>
    </message>
    <message>
        <source>The endpoint&apos;s list of specs names a spec with an unusable id.</source>
        <translation>The endpoint&apos;s list of specs names a spec with an unusable id.</translation>
    </message>
    <message>
        <source>The specs could not be stored in the register: %1</source>
        <translation>The specs could not be stored in the register: %1</translation>
    </message>
    <message>
        <source>The endpoint&apos;s spec %1 did not arrive as a spec (cut off, or a page of something in between).</source>
        <translation>The endpoint&apos;s spec %1 did not arrive as a spec (cut off, or a page of something in between).</translation>
    </message>
    <message>
        <source>The spec %1 did not arrive whole (its bytes do not match the endpoint&apos;s hash).</source>
        <translation>The spec %1 did not arrive whole (its bytes do not match the endpoint&apos;s hash).</translation>
    </message>
    <message>
        <source>The endpoint&apos;s spec %1 cannot be used by this version of Veldboek (%2).</source>
        <translation>The endpoint&apos;s spec %1 cannot be used by this version of Veldboek (%2).</translation>
    </message>
    <message>
        <source>The spec at %1 calls itself &quot;%2&quot;.</source>
        <translation>The spec at %1 calls itself &quot;%2&quot;.</translation>
    </message>
</context>
<context>
    <name>veldboek::SubmissionRun</name>
    <message>
        <source>Checking the whole register…</source>
        <translation>Checking the whole register…</translation>
    </message>
    <message>
        <source>Cancelled; nothing was sent.</source>
        <translation>Cancelled; nothing was sent.</translation>
    </message>
    <message>
        <source>There is no network. The register will be sent as soon as the network is back; keep Veldboek open.</source>
        <translation>There is no network. The register will be sent as soon as the network is back; keep Veldboek open.</translation>
    </message>
    <message>
        <source>Sending the register (%1 kB)…</source>
        <translation>Sending the register (%1 kB)…</translation>
    </message>
    <message>
        <source>Attempt %1 failed (%2); trying again in %3 s with the same package.</source>
        <translation>Attempt %1 failed (%2); trying again in %3 s with the same package.</translation>
    </message>
    <message>
        <source>The answer (HTTP %1) was not a receipt for this register: no submission id for this package. Nothing was counted as sent.</source>
        <translation>The answer (HTTP %1) was not a receipt for this register: no submission id for this package. Nothing was counted as sent.</translation>
    </message>
    <message>
        <source>Received by the endpoint; waiting for its technical check…</source>
        <translation>Received by the endpoint; waiting for its technical check…</translation>
    </message>
    <message>
        <source>The endpoint received the register (submission %1) but has not finished its check yet; submit again later to see the result.</source>
        <translation>The endpoint received the register (submission %1) but has not finished its check yet; submit again later to see the result.</translation>
    </message>
    <message>
        <source>The endpoint answered, but the register could not record it: %1</source>
        <translation>The endpoint answered, but the register could not record it: %1</translation>
    </message>
    <message>
        <source>The endpoint rejected the register; see the report for what to correct.</source>
        <translation>The endpoint rejected the register; see the report for what to correct.</translation>
    </message>
    <message>
        <source>Approved. Fetching the dashboard figures…</source>
        <translation>Approved. Fetching the dashboard figures…</translation>
    </message>
    <message>
        <source>Approved by the endpoint.</source>
        <translation>Approved by the endpoint.</translation>
    </message>
    <message>
        <source>Rejected by the endpoint; see the report.</source>
        <translation>Rejected by the endpoint; see the report.</translation>
    </message>
    <message numerus="yes">
        <source>The register has %n error(s); correct them first (see the problems). Nothing was sent.</source>
        <translation>
            <numerusform>The register has %n error; correct them first (see the problems). Nothing was sent.</numerusform>
            <numerusform>The register has %n errors; correct them first (see the problems). Nothing was sent.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>veldboek::gui::AboutDialog</name>
    <message>
        <source>About Veldboek</source>
        <translation>About Veldboek</translation>
    </message>
    <message>
        <source>The encrypted register of participants and outcome data: it checks every field as you type and submits the register to the central endpoint.</source>
        <translation>The encrypted register of participants and outcome data: it checks every field as you type and submits the register to the central endpoint.</translation>
    </message>
    <message>
        <source>Qt</source>
        <translation>Qt</translation>
    </message>
    <message>
        <source>%1 (built with %2)</source>
        <translation>%1 (built with %2)</translation>
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
        <translation>Add user</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Role:</translation>
    </message>
    <message>
        <source>Their &amp;passphrase:</source>
        <translation>Their &amp;passphrase:</translation>
    </message>
    <message>
        <source>Re&amp;peat it:</source>
        <translation>Re&amp;peat it:</translation>
    </message>
    <message>
        <source>&amp;Your own passphrase:</source>
        <translation>&amp;Your own passphrase:</translation>
    </message>
    <message>
        <source>Your own passphrase confirms that it is you; leave it empty when your key is in the keychain. Give the new user their passphrase in person, never by e-mail.</source>
        <translation>Your own passphrase confirms that it is you; leave it empty when your key is in the keychain. Give the new user their passphrase in person, never by e-mail.</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Add</translation>
    </message>
    <message>
        <source>Type the new user&apos;s name.</source>
        <translation>Type the new user&apos;s name.</translation>
    </message>
    <message>
        <source>Their passphrase is too easy to guess: use at least %1 characters, more words, or a sentence nobody would expect.</source>
        <translation>Their passphrase is too easy to guess: use at least %1 characters, more words, or a sentence nobody would expect.</translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>The two passphrases differ.</translation>
    </message>
</context>
<context>
    <name>veldboek::gui::AuditLogDialog</name>
    <message>
        <source>History of %1</source>
        <translation>History of %1</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Changes</translation>
    </message>
    <message>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Who</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Before</translation>
    </message>
    <message>
        <source>After</source>
        <translation>After</translation>
    </message>
    <message>
        <source>(record)</source>
        <translation>(record)</translation>
    </message>
    <message>
        <source>created</source>
        <translation>created</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>deleted</translation>
    </message>
    <message>
        <source>created by the import of %1</source>
        <translation>created by the import of %1</translation>
    </message>
    <message>
        <source>Deletion requested on %1. %2</source>
        <translation>Deletion requested on %1. %2</translation>
    </message>
    <message>
        <source>(deletion request)</source>
        <translation>(deletion request)</translation>
    </message>
</context>
<context>
    <name>veldboek::gui::CemTab</name>
    <message>
        <source>Measurement date</source>
        <translation>Measurement date</translation>
    </message>
    <message>
        <source>Answer to %1</source>
        <translation>Answer to %1</translation>
    </message>
    <message>
        <source>Save &amp;change</source>
        <translation>Save &amp;change</translation>
    </message>
    <message>
        <source>Save &amp;measurement</source>
        <translation>Save &amp;measurement</translation>
    </message>
    <message>
        <source>Answers of the measurement of %1</source>
        <translation>Answers of the measurement of %1</translation>
    </message>
    <message>
        <source>Answers (type the digit; the cursor moves on)</source>
        <translation>Answers (type the digit; the cursor moves on)</translation>
    </message>
    <message numerus="yes">
        <source>%n year(s)</source>
        <translation>
            <numerusform>%n year</numerusform>
            <numerusform>%n years</numerusform>
        </translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unknown</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 of %2 items answered</source>
        <translation>%1 of %2 items answered</translation>
    </message>
    <message>
        <source>The answer to %1 is outside its scale.</source>
        <translation>The answer to %1 is outside its scale.</translation>
    </message>
    <message>
        <source>change CEM+ measurement</source>
        <translation>change CEM+ measurement</translation>
    </message>
    <message>
        <source>CEM+ measurement changed.</source>
        <translation>CEM+ measurement changed.</translation>
    </message>
    <message>
        <source>add CEM+ measurement</source>
        <translation>add CEM+ measurement</translation>
    </message>
    <message>
        <source>CEM+ measurement saved.</source>
        <translation>CEM+ measurement saved.</translation>
    </message>
    <message numerus="yes">
        <source>Delete the CEM+ measurement of %1 with its %n answer(s)?</source>
        <translation>
            <numerusform>Delete the CEM+ measurement of %1 with its %n answer?</numerusform>
            <numerusform>Delete the CEM+ measurement of %1 with its %n answers?</numerusform>
        </translation>
    </message>
    <message>
        <source>delete CEM+ measurement</source>
        <translation>delete CEM+ measurement</translation>
    </message>
    <message>
        <source>CEM+ measurement deleted.</source>
        <translation>CEM+ measurement deleted.</translation>
    </message>
</context>
<context>
    <name>veldboek::gui::ChangePassphraseDialog</name>
    <message>
        <source>Change my passphrase</source>
        <translation>Change my passphrase</translation>
    </message>
    <message>
        <source>&amp;Current passphrase:</source>
        <translation>&amp;Current passphrase:</translation>
    </message>
    <message>
        <source>&amp;New passphrase:</source>
        <translation>&amp;New passphrase:</translation>
    </message>
    <message>
        <source>Re&amp;peat it:</source>
        <translation>Re&amp;peat it:</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Change</translation>
    </message>
    <message>
        <source>Type your current passphrase.</source>
        <translation>Type your current passphrase.</translation>
    </message>
    <message>
        <source>The new passphrase is too easy to guess: use at least %1 characters, more words, or a sentence nobody would expect.</source>
        <translation>The new passphrase is too easy to guess: use at least %1 characters, more words, or a sentence nobody would expect.</translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>The two passphrases differ.</translation>
    </message>
</context>
<context>
    <name>veldboek::gui::ConnectionDialog</name>
    <message>
        <source>&amp;Test connection</source>
        <translation>&amp;Test connection</translation>
    </message>
    <message>
        <source>Endpoint connection</source>
        <translation>Endpoint connection</translation>
    </message>
    <message>
        <source>optional: sha256/… of the public key</source>
        <translation>optional: sha256/… of the public key</translation>
    </message>
    <message>
        <source>the token you received from the endpoint</source>
        <translation>the token you received from the endpoint</translation>
    </message>
    <message>
        <source>stored; leave empty to keep it</source>
        <translation>stored; leave empty to keep it</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <source>CA certificate of the endpoint</source>
        <translation>CA certificate of the endpoint</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt)</source>
        <translation>Certificates (*.pem *.crt)</translation>
    </message>
    <message>
        <source>Endpoint &amp;address:</source>
        <translation>Endpoint &amp;address:</translation>
    </message>
    <message>
        <source>T&amp;oken:</source>
        <translation>T&amp;oken:</translation>
    </message>
    <message>
        <source>&amp;CA file:</source>
        <translation>&amp;CA file:</translation>
    </message>
    <message>
        <source>Public-key &amp;pin:</source>
        <translation>Public-key &amp;pin:</translation>
    </message>
    <message>
        <source>Testing the connection…</source>
        <translation>Testing the connection…</translation>
    </message>
    <message>
        <source>%1 version %2</source>
        <translation>%1 version %2</translation>
    </message>
    <message>
        <source>New rules are in force: %1.</source>
        <translation>New rules are in force: %1.</translation>
    </message>
    <message>
        <source>Working out what the new rules change…</source>
        <translation>Working out what the new rules change…</translation>
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
    <message>
        <source>Participants</source>
        <translation>Participants</translation>
    </message>
    <message>
        <source>Tip: a sentence of four or five words that belong together only for you.</source>
        <translation>Tip: a sentence of four or five words that belong together only for you.</translation>
    </message>
    <message>
        <source>Too short: at least %1 characters.</source>
        <translation>Too short: at least %1 characters.</translation>
    </message>
    <message>
        <source>Weak: easy to guess. Add words, or choose a sentence nobody would expect.</source>
        <translation>Weak: easy to guess. Add words, or choose a sentence nobody would expect.</translation>
    </message>
    <message>
        <source>Fair: one or two more unusual words make it strong.</source>
        <translation>Fair: one or two more unusual words make it strong.</translation>
    </message>
    <message>
        <source>Strong.</source>
        <translation>Strong.</translation>
    </message>
    <message>
        <source>This passphrase is too easy to guess. Add words, or choose a sentence nobody would expect.</source>
        <translation>This passphrase is too easy to guess. Add words, or choose a sentence nobody would expect.</translation>
    </message>
    <message>
        <source>Save register as</source>
        <translation>Save register as</translation>
    </message>
    <message>
        <source>Veldboek saves an encrypted copy of the register, with every change and the edit in hand, and goes on working in the copy. Choose where to save it and how its key is kept.</source>
        <translation>Veldboek saves an encrypted copy of the register, with every change and the edit in hand, and goes on working in the copy. Choose where to save it and how its key is kept.</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Save</translation>
    </message>
</context>
<context>
    <name>veldboek::gui::DashboardView</name>
    <message>
        <source>Figures: own and cluster</source>
        <translation>Figures: own and cluster</translation>
    </message>
    <message>
        <source>&amp;Fetch figures</source>
        <translation>&amp;Fetch figures</translation>
    </message>
    <message>
        <source>Local &amp;preview</source>
        <translation>Local &amp;preview</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Figure</translation>
    </message>
    <message>
        <source>Own</source>
        <translation>Own</translation>
    </message>
    <message>
        <source>Cluster</source>
        <translation>Cluster</translation>
    </message>
    <message>
        <source>Fetching the figures…</source>
        <translation>Fetching the figures…</translation>
    </message>
    <message>
        <source>Local preview from the register: not submitted yet</source>
        <translation>Local preview from the register: not submitted yet</translation>
    </message>
    <message>
        <source>Figures from the endpoint, fetched %1</source>
        <translation>Figures from the endpoint, fetched %1</translation>
    </message>
    <message>
        <source>GAS goal attainment (% of scores)</source>
        <translation>GAS goal attainment (% of scores)</translation>
    </message>
    <message>
        <source>Parent and client only: scores by other informants are counted apart (see the table).</source>
        <translation>Parent and client only: scores by other informants are counted apart (see the table).</translation>
    </message>
    <message>
        <source>worse</source>
        <translation>worse</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>unchanged</translation>
    </message>
    <message>
        <source>partly</source>
        <translation>partly</translation>
    </message>
    <message>
        <source>reached</source>
        <translation>reached</translation>
    </message>
    <message>
        <source>CEM+ usefulness grade (% of answers)</source>
        <translation>CEM+ usefulness grade (% of answers)</translation>
    </message>
    <message>
        <source>CEM+ dimensions (mean, 1-4)</source>
        <translation>CEM+ dimensions (mean, 1-4)</translation>
    </message>
    <message>
        <source>accessibility</source>
        <translation>accessibility</translation>
    </message>
    <message>
        <source>treatment</source>
        <translation>treatment</translation>
    </message>
    <message>
        <source>cooperation</source>
        <translation>cooperation</translation>
    </message>
    <message>
        <source>The cluster&apos;s grades are merged into other bands, so they are not drawn beside these.</source>
        <translation>The cluster&apos;s grades are merged into other bands, so they are not drawn beside these.</translation>
    </message>
    <message>
        <source>Merged: grades %1, each with fewer than 10 answers on its own.</source>
        <translation>Merged: grades %1, each with fewer than 10 answers on its own.</translation>
    </message>
    <message>
        <source>Merged: months into quarters, as some months had fewer than 10 starts.</source>
        <translation>Merged: months into quarters, as some months had fewer than 10 starts.</translation>
    </message>
    <message>
        <source>Participants started per quarter (last four quarters)</source>
        <translation>Participants started per quarter (last four quarters)</translation>
    </message>
    <message>
        <source>Participants started in the last four quarters</source>
        <translation>Participants started in the last four quarters</translation>
    </message>
    <message>
        <source>Merged: the months of the last four quarters into one, as some quarters had fewer than 10 starts.</source>
        <translation>Merged: the months of the last four quarters into one, as some quarters had fewer than 10 starts.</translation>
    </message>
    <message>
        <source>Participants started per month (last four quarters)</source>
        <translation>Participants started per month (last four quarters)</translation>
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
        <translation>dd-mm-yyyy</translation>
    </message>
    <message>
        <source>Pick the date from a calendar (Alt+Down)</source>
        <translation>Pick the date from a calendar (Alt+Down)</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>Calendar</translation>
    </message>
</context>
<context>
    <name>veldboek::gui::ExportDialog</name>
    <message>
        <source>MDT participant file (process 1)</source>
        <translation>MDT participant file (process 1)</translation>
    </message>
    <message>
        <source>GAS file (Sturen op Resultaat)</source>
        <translation>GAS file (Sturen op Resultaat)</translation>
    </message>
    <message>
        <source>Problem-reduction file (Sturen op Resultaat)</source>
        <translation>Problem-reduction file (Sturen op Resultaat)</translation>
    </message>
    <message>
        <source>CEM+ long file</source>
        <translation>CEM+ long file</translation>
    </message>
    <message>
        <source>Excel workbook for your own use (.xlsx)</source>
        <translation>Excel workbook for your own use (.xlsx)</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Participants</translation>
    </message>
    <message>
        <source>GAS</source>
        <translation>GAS</translation>
    </message>
    <message>
        <source>Problem scores</source>
        <translation>Problem scores</translation>
    </message>
    <message>
        <source>CEM+</source>
        <translation>CEM+</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Export</translation>
    </message>
    <message>
        <source>Folder for the export</source>
        <translation>Folder for the export</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>The folder %1 does not exist.</translation>
    </message>
    <message>
        <source>Give a file name without a folder in it.</source>
        <translation>Give a file name without a folder in it.</translation>
    </message>
    <message>
        <source>Replace file?</source>
        <translation>Replace file?</translation>
    </message>
    <message>
        <source>%1 already exists. Replace it?</source>
        <translation>%1 already exists. Replace it?</translation>
    </message>
    <message>
        <source>&amp;Replace</source>
        <translation>&amp;Replace</translation>
    </message>
    <message>
        <source>Nothing was written to %1: %2</source>
        <translation>Nothing was written to %1: %2</translation>
    </message>
    <message>
        <source>the data request for this format could not be loaded.</source>
        <translation>the data request for this format could not be loaded.</translation>
    </message>
</context>
<context>
    <name>veldboek::gui::FieldEditCommand</name>
    <message>
        <source>edit %1</source>
        <translation>edit %1</translation>
    </message>
</context>
<context>
    <name>veldboek::gui::FieldEditor</name>
    <message>
        <source>Warning: %1</source>
        <translation>Warning: %1</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>Error: %1</translation>
    </message>
    <message>
        <source>(required from round %1)</source>
        <translation>(required from round %1)</translation>
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
    <name>veldboek::gui::GasTab</name>
    <message>
        <source>Parent</source>
        <translation>Parent</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Date of the score</source>
        <translation>Date of the score</translation>
    </message>
    <message>
        <source>Decision %1</source>
        <translation>Decision %1</translation>
    </message>
    <message>
        <source>Assignment %1</source>
        <translation>Assignment %1</translation>
    </message>
    <message>
        <source>New trajectory (numbers below)</source>
        <translation>New trajectory (numbers below)</translation>
    </message>
    <message>
        <source>Goal %1</source>
        <translation>Goal %1</translation>
    </message>
    <message>
        <source>Save &amp;goal</source>
        <translation>Save &amp;goal</translation>
    </message>
    <message>
        <source>Add &amp;goal</source>
        <translation>Add &amp;goal</translation>
    </message>
    <message>
        <source>Save &amp;change</source>
        <translation>Save &amp;change</translation>
    </message>
    <message>
        <source>Add &amp;score</source>
        <translation>Add &amp;score</translation>
    </message>
    <message>
        <source>Change score</source>
        <translation>Change score</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>change goal %1</source>
        <translation>change goal %1</translation>
    </message>
    <message>
        <source>Goal %1 changed.</source>
        <translation>Goal %1 changed.</translation>
    </message>
    <message>
        <source>add goal %1</source>
        <translation>add goal %1</translation>
    </message>
    <message>
        <source>Goal %1 added.</source>
        <translation>Goal %1 added.</translation>
    </message>
    <message>
        <source>Add a goal first.</source>
        <translation>Add a goal first.</translation>
    </message>
    <message>
        <source>Fill in the date of the score.</source>
        <translation>Fill in the date of the score.</translation>
    </message>
    <message>
        <source>change GAS score</source>
        <translation>change GAS score</translation>
    </message>
    <message>
        <source>GAS score changed.</source>
        <translation>GAS score changed.</translation>
    </message>
    <message>
        <source>add GAS score</source>
        <translation>add GAS score</translation>
    </message>
    <message>
        <source>GAS score saved.</source>
        <translation>GAS score saved.</translation>
    </message>
    <message numerus="yes">
        <source>Delete goal %1 with its %n score(s)?</source>
        <translation>
            <numerusform>Delete goal %1 with its %n score?</numerusform>
            <numerusform>Delete goal %1 with its %n scores?</numerusform>
        </translation>
    </message>
    <message>
        <source>delete goal %1</source>
        <translation>delete goal %1</translation>
    </message>
    <message>
        <source>Goal %1 deleted.</source>
        <translation>Goal %1 deleted.</translation>
    </message>
    <message>
        <source>Delete the GAS score %1 of %2?</source>
        <translation>Delete the GAS score %1 of %2?</translation>
    </message>
    <message>
        <source>delete GAS score</source>
        <translation>delete GAS score</translation>
    </message>
    <message>
        <source>GAS score deleted.</source>
        <translation>GAS score deleted.</translation>
    </message>
</context>
<context>
    <name>veldboek::gui::ImportChoiceDelegate</name>
    <message>
        <source>What to do with this row</source>
        <translation>What to do with this row</translation>
    </message>
</context>
<context>
    <name>veldboek::gui::ImportFilePage</name>
    <message>
        <source>Recognise by the columns</source>
        <translation>Recognise by the columns</translation>
    </message>
    <message>
        <source>Import file</source>
        <translation>Import file</translation>
    </message>
    <message>
        <source>CSV files and workbooks (*.csv *.txt *.xlsx);;All files (*)</source>
        <translation>CSV files and workbooks (*.csv *.txt *.xlsx);;All files (*)</translation>
    </message>
    <message>
        <source>%1 does not exist or is not a file.</source>
        <translation>%1 does not exist or is not a file.</translation>
    </message>
    <message>
        <source>%1 has no rows to import.</source>
        <translation>%1 has no rows to import.</translation>
    </message>
    <message>
        <source>None of the file&apos;s columns (%1) is a column Veldboek knows. Choose the kind of data above; you can then link the columns yourself.</source>
        <translation>None of the file&apos;s columns (%1) is a column Veldboek knows. Choose the kind of data above; you can then link the columns yourself.</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n known column(s))</source>
        <translation>
            <numerusform>%1 (%n known column)</numerusform>
            <numerusform>%1 (%n known columns)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>veldboek::gui::ImportMappingPage</name>
    <message>
        <source>Columns</source>
        <translation>Columns</translation>
    </message>
    <message>
        <source>Choose for each column of the file the field it fills. Veldboek remembers your choice for the next file with the same columns.</source>
        <translation>Choose for each column of the file the field it fills. Veldboek remembers your choice for the next file with the same columns.</translation>
    </message>
    <message>
        <source>&amp;Propose again</source>
        <translation>&amp;Propose again</translation>
    </message>
    <message>
        <source>Link the columns by their names again, forgetting your changes.</source>
        <translation>Link the columns by their names again, forgetting your changes.</translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation>Column in the file</translation>
    </message>
    <message>
        <source>First value</source>
        <translation>First value</translation>
    </message>
    <message>
        <source>Field in Veldboek</source>
        <translation>Field in Veldboek</translation>
    </message>
    <message>
        <source>Field for column %1</source>
        <translation>Field for column %1</translation>
    </message>
    <message>
        <source>(do not import)</source>
        <translation>(do not import)</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(no name)</translation>
    </message>
    <message>
        <source>No column is linked to a field: choose a field for at least one column.</source>
        <translation>No column is linked to a field: choose a field for at least one column.</translation>
    </message>
    <message>
        <source>A spreadsheet program has damaged values in this file; nothing will be imported until the file is saved again:</source>
        <translation>A spreadsheet program has damaged values in this file; nothing will be imported until the file is saved again:</translation>
    </message>
    <message>
        <source>(%1 more)</source>
        <translation>(%1 more)</translation>
    </message>
    <message>
        <source>Found by</source>
        <translation>Found by</translation>
    </message>
    <message>
        <source>The column name only resembles this field. Check it, and choose the field again to confirm it.</source>
        <translation>The column name only resembles this field. Check it, and choose the field again to confirm it.</translation>
    </message>
    <message>
        <source>your choice</source>
        <translation>your choice</translation>
    </message>
    <message>
        <source>remembered from an earlier import</source>
        <translation>remembered from an earlier import</translation>
    </message>
    <message>
        <source>the column name</source>
        <translation>the column name</translation>
    </message>
    <message>
        <source>the field&apos;s name</source>
        <translation>the field&apos;s name</translation>
    </message>
    <message>
        <source>a usual name for the field</source>
        <translation>a usual name for the field</translation>
    </message>
    <message>
        <source>a guess: the name is alike</source>
        <translation>a guess: the name is alike</translation>
    </message>
</context>
<context>
    <name>veldboek::gui::ImportPreviewModel</name>
    <message>
        <source>Add as new</source>
        <translation>Add as new</translation>
    </message>
    <message>
        <source>Update</source>
        <translation>Update</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Skip</translation>
    </message>
    <message>
        <source>Same respondent number</source>
        <translation>Same respondent number</translation>
    </message>
    <message>
        <source>Same citizen service number</source>
        <translation>Same citizen service number</translation>
    </message>
    <message>
        <source>Likely the same person</source>
        <translation>Likely the same person</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Line</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Messages</translation>
    </message>
    <message>
        <source>Already registered</source>
        <translation>Already registered</translation>
    </message>
    <message>
        <source>Choice</source>
        <translation>Choice</translation>
    </message>
    <message>
        <source>Same as line %1: not imported</source>
        <translation>Same as line %1: not imported</translation>
    </message>
</context>
<context>
    <name>veldboek::gui::ImportPreviewPage</name>
    <message>
        <source>Preview</source>
        <translation>Preview</translation>
    </message>
    <message>
        <source>Every row as it will come in. Rows with errors come in flagged: you correct them in Veldboek afterwards. Nothing has been written yet.</source>
        <translation>Every row as it will come in. Rows with errors come in flagged: you correct them in Veldboek afterwards. Nothing has been written yet.</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Import</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>&amp;Show:</translation>
    </message>
    <message>
        <source>Rows shown</source>
        <translation>Rows shown</translation>
    </message>
    <message>
        <source>All rows</source>
        <translation>All rows</translation>
    </message>
    <message>
        <source>Rows with errors</source>
        <translation>Rows with errors</translation>
    </message>
    <message>
        <source>Rows with warnings</source>
        <translation>Rows with warnings</translation>
    </message>
    <message>
        <source>Rows matching a registered participant</source>
        <translation>Rows matching a registered participant</translation>
    </message>
    <message>
        <source>Rows of the file</source>
        <translation>Rows of the file</translation>
    </message>
    <message>
        <source>What to do with every matching row</source>
        <translation>What to do with every matching row</translation>
    </message>
    <message>
        <source>Apply to &amp;all</source>
        <translation>Apply to &amp;all</translation>
    </message>
    <message>
        <source>%1 rows: %2 without problems, %3 with warnings, %4 with errors.</source>
        <translation>%1 rows: %2 without problems, %3 with warnings, %4 with errors.</translation>
    </message>
    <message>
        <source>Columns not imported: %1</source>
        <translation>Columns not imported: %1</translation>
    </message>
    <message>
        <source>Rows matching a participant already registered: %1. For all of them:</source>
        <translation>Rows matching a participant already registered: %1. For all of them:</translation>
    </message>
    <message>
        <source>Read from the sheet “%1”.</source>
        <translation>Read from the sheet “%1”.</translation>
    </message>
    <message>
        <source>tab</source>
        <translation>tab</translation>
    </message>
    <message>
        <source>Read as CSV: separator %1, encoding %2.</source>
        <translation>Read as CSV: separator %1, encoding %2.</translation>
    </message>
    <message>
        <source>Title rows above the header, not imported: %1.</source>
        <translation>Title rows above the header, not imported: %1.</translation>
    </message>
    <message>
        <source>Rows of totals under the list, not imported: %1.</source>
        <translation>Rows of totals under the list, not imported: %1.</translation>
    </message>
    <message>
        <source>Hidden rows in the workbook, imported: %1.</source>
        <translation>Hidden rows in the workbook, imported: %1.</translation>
    </message>
    <message>
        <source>Hidden columns in the workbook: %1.</source>
        <translation>Hidden columns in the workbook: %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n value(s) written as the label of a code were read as that code.</source>
        <translation>
            <numerusform>%n value written as the label of a code was read as that code.</numerusform>
            <numerusform>%n values written as the label of a code were read as that code.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n person/people of the file are not in the register: each is added as a participant with only a citizen service number or client reference, which the participants&apos; check reports as incomplete until you fill in the rest.</source>
        <translation>
            <numerusform>%n person of the file is not in the register: they are added as a participant with only a citizen service number or client reference, which the participants&apos; check reports as incomplete until you fill in the rest.</numerusform>
            <numerusform>%n people of the file are not in the register: each is added as a participant with only a citizen service number or client reference, which the participants&apos; check reports as incomplete until you fill in the rest.</numerusform>
        </translation>
    </message>
    <message>
        <source>The participants&apos; check of them as the register will hold them: %1 without problems, %2 with warnings, %3 with errors.</source>
        <translation>The participants&apos; check of them as the register will hold them: %1 without problems, %2 with warnings, %3 with errors.</translation>
    </message>
    <message>
        <source>The other %1 rows in the register, checked with these: %2 without problems, %3 with warnings, %4 with errors.</source>
        <translation>The other %1 rows in the register, checked with these: %2 without problems, %3 with warnings, %4 with errors.</translation>
    </message>
    <message numerus="yes">
        <source>Not imported, %n row(s) that repeat an earlier row of the file (the same registered participant, or the same item of a measurement; the earlier row is imported): lines %1.</source>
        <translation>
            <numerusform>Not imported, %n row that repeats an earlier row of the file (the same registered participant, or the same item of a measurement; the earlier row is imported): line %1.</numerusform>
            <numerusform>Not imported, %n rows that repeat an earlier row of the file (the same registered participant, or the same item of a measurement; the earlier row is imported): lines %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>The register keeps a measurement&apos;s date, informant, questionnaire and client reference from its first row; these rows give others, which are not imported: lines %1.</source>
        <translation>The register keeps a measurement&apos;s date, informant, questionnaire and client reference from its first row; these rows give others, which are not imported: lines %1.</translation>
    </message>
</context>
<context>
    <name>veldboek::gui::ImportRunPage</name>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>All rows are written in one go: either all of them or, after Cancel or a failure, none.</source>
        <translation>All rows are written in one go: either all of them or, after Cancel or a failure, none.</translation>
    </message>
    <message>
        <source>Import progress</source>
        <translation>Import progress</translation>
    </message>
    <message>
        <source>Importing… Cancel leaves the register as it was.</source>
        <translation>Importing… Cancel leaves the register as it was.</translation>
    </message>
    <message>
        <source>The import was cancelled. Nothing was written: the register is exactly as it was.</source>
        <translation>The import was cancelled. Nothing was written: the register is exactly as it was.</translation>
    </message>
    <message>
        <source>The import failed and nothing was written: %1</source>
        <translation>The import failed and nothing was written: %1</translation>
    </message>
    <message>
        <source>The import is complete.</source>
        <translation>The import is complete.</translation>
    </message>
    <message>
        <source>Rows written:</source>
        <translation>Rows written:</translation>
    </message>
    <message>
        <source>Participants added:</source>
        <translation>Participants added:</translation>
    </message>
    <message>
        <source>Participants updated:</source>
        <translation>Participants updated:</translation>
    </message>
    <message>
        <source>Rows skipped:</source>
        <translation>Rows skipped:</translation>
    </message>
    <message>
        <source>Rows flagged with errors:</source>
        <translation>Rows flagged with errors:</translation>
    </message>
    <message>
        <source>Find the flagged rows with &quot;only with problems&quot; in the main window and correct them there.</source>
        <translation>Find the flagged rows with &quot;only with problems&quot; in the main window and correct them there.</translation>
    </message>
    <message>
        <source>Rows repeating an earlier row, not imported:</source>
        <translation>Rows repeating an earlier row, not imported:</translation>
    </message>
</context>
<context>
    <name>veldboek::gui::ImportWizard</name>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Close</translation>
    </message>
</context>
<context>
    <name>veldboek::gui::KioskWindow</name>
    <message>
        <source>Sign up for MDT</source>
        <translation>Sign up for MDT</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Staff</translation>
    </message>
    <message>
        <source>Close the kiosk (staff only)</source>
        <translation>Close the kiosk (staff only)</translation>
    </message>
    <message>
        <source>Fill in your details. Fields with * are needed. Your supervisor sees what you fill in; other people do not.</source>
        <translation>Fill in your details. Fields with * are needed. Your supervisor sees what you fill in; other people do not.</translation>
    </message>
    <message>
        <source>Sign up</source>
        <translation>Sign up</translation>
    </message>
    <message>
        <source>Thank you! You are signed up.</source>
        <translation>Thank you! You are signed up.</translation>
    </message>
    <message>
        <source>Your supervisor will add the rest later. The form will be empty again in a moment, for the next person.</source>
        <translation>Your supervisor will add the rest later. The form will be empty again in a moment, for the next person.</translation>
    </message>
    <message>
        <source>Next person</source>
        <translation>Next person</translation>
    </message>
    <message>
        <source>For staff only</source>
        <translation>For staff only</translation>
    </message>
    <message>
        <source>To close the kiosk, enter your passphrase for this register (as a beheerder or invoerder). What is on the form now and not signed up is not kept.</source>
        <translation>To close the kiosk, enter your passphrase for this register (as a beheerder or invoerder). What is on the form now and not signed up is not kept.</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <source>Back to the form</source>
        <translation>Back to the form</translation>
    </message>
    <message>
        <source>Close the kiosk</source>
        <translation>Close the kiosk</translation>
    </message>
    <message>
        <source>Not everything is right yet. Look at the red text.</source>
        <translation>Not everything is right yet. Look at the red text.</translation>
    </message>
    <message>
        <source>Your details were not saved. Please ask your supervisor for help. (%1)</source>
        <translation>Your details were not saved. Please ask your supervisor for help. (%1)</translation>
    </message>
    <message>
        <source>That passphrase does not close the kiosk.</source>
        <translation>That passphrase does not close the kiosk.</translation>
    </message>
</context>
<context>
    <name>veldboek::gui::MainWindow</name>
    <message>
        <source>Problems</source>
        <translation>Problems</translation>
    </message>
    <message>
        <source>Register already open</source>
        <translation>Register already open</translation>
    </message>
    <message>
        <source>%1 is already open in another Veldboek window. Close it there first, or continue working in that window.</source>
        <translation>%1 is already open in another Veldboek window. Close it there first, or continue working in that window.</translation>
    </message>
    <message>
        <source>That register is already open in another Veldboek window.</source>
        <translation>That register is already open in another Veldboek window.</translation>
    </message>
    <message>
        <source>Changes not saved</source>
        <translation>Changes not saved</translation>
    </message>
    <message>
        <source>The changes to this participant could not be saved. Discard them?</source>
        <translation>The changes to this participant could not be saved. Discard them?</translation>
    </message>
    <message>
        <source>Discard changes</source>
        <translation>Discard changes</translation>
    </message>
    <message>
        <source>The register was locked. Enter the passphrase to continue.</source>
        <translation>The register was locked. Enter the passphrase to continue.</translation>
    </message>
    <message>
        <source>Example</source>
        <translation>Example</translation>
    </message>
    <message>
        <source>The edit in hand could not be saved into %1; it is still in the form.</source>
        <translation>The edit in hand could not be saved into %1; it is still in the form.</translation>
    </message>
    <message>
        <source>Saved as %1. Veldboek now works in this file.</source>
        <translation>Saved as %1. Veldboek now works in this file.</translation>
    </message>
    <message>
        <source>Kiosk only</source>
        <translation>Kiosk only</translation>
    </message>
    <message>
        <source>%1 (%2, %3) - Veldboek</source>
        <translation>%1 (%2, %3) - Veldboek</translation>
    </message>
    <message>
        <source>the participant in hand was not saved</source>
        <translation>the participant in hand was not saved</translation>
    </message>
    <message>
        <source>Kiosk needs a passphrase</source>
        <translation>Kiosk needs a passphrase</translation>
    </message>
    <message>
        <source>The kiosk can only be started on a register that is opened with a passphrase: that passphrase is what closes the kiosk again. This register is kept by the keychain. Save it with a passphrase first (File &gt; Save register as…).</source>
        <translation>The kiosk can only be started on a register that is opened with a passphrase: that passphrase is what closes the kiosk again. This register is kept by the keychain. Save it with a passphrase first (File &gt; Save register as…).</translation>
    </message>
    <message>
        <source>No fields for self-registration</source>
        <translation>No fields for self-registration</translation>
    </message>
    <message>
        <source>The data request in force for this register marks no fields for self-registration, so the kiosk would have nothing to ask.</source>
        <translation>The data request in force for this register marks no fields for self-registration, so the kiosk would have nothing to ask.</translation>
    </message>
    <message>
        <source>Change my passphrase</source>
        <translation>Change my passphrase</translation>
    </message>
    <message>
        <source>Your passphrase is changed.</source>
        <translation>Your passphrase is changed.</translation>
    </message>
</context>
<context>
    <name>veldboek::gui::NoLongerRequestedBox</name>
    <message>
        <source>No longer requested</source>
        <translation>No longer requested</translation>
    </message>
    <message>
        <source>The data request no longer asks for these fields. Their values stay in the register and in your own export, and are not sent.</source>
        <translation>The data request no longer asks for these fields. Their values stay in the register and in your own export, and are not sent.</translation>
    </message>
</context>
<context>
    <name>veldboek::gui::NotesPanel</name>
    <message>
        <source>Do we recognise these outcomes?</source>
        <translation>Do we recognise these outcomes?</translation>
    </message>
    <message>
        <source>Can we explain them?</source>
        <translation>Can we explain them?</translation>
    </message>
    <message>
        <source>What do we think of them?</source>
        <translation>What do we think of them?</translation>
    </message>
    <message>
        <source>What should we improve?</source>
        <translation>What should we improve?</translation>
    </message>
    <message>
        <source>Save notes</source>
        <translation>Save notes</translation>
    </message>
    <message>
        <source>Discussion of the period from %1</source>
        <translation>Discussion of the period from %1</translation>
    </message>
    <message>
        <source>Saved in the register.</source>
        <translation>Saved in the register.</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Not saved: %1</translation>
    </message>
</context>
<context>
    <name>veldboek::gui::OutcomeTab</name>
    <message>
        <source>Not saved: %1</source>
        <translation>Not saved: %1</translation>
    </message>
    <message>
        <source>Undo or redo failed: %1</source>
        <translation>Undo or redo failed: %1</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
</context>
<context>
    <name>veldboek::gui::ParticipantForm</name>
    <message>
        <source>Undo changes</source>
        <translation>Undo changes</translation>
    </message>
    <message>
        <source>Undo the changes to this participant that are not saved yet?</source>
        <translation>Undo the changes to this participant that are not saved yet?</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Other</translation>
    </message>
    <message>
        <source>edit %1</source>
        <translation>edit %1</translation>
    </message>
    <message>
        <source>(see %1)</source>
        <translation>(see %1)</translation>
    </message>
    <message>
        <source>Possible duplicate</source>
        <translation>Possible duplicate</translation>
    </message>
    <message>
        <source>Save anyway?</source>
        <translation>Save anyway?</translation>
    </message>
    <message>
        <source>Save anyway</source>
        <translation>Save anyway</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Not saved: %1</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Saved.</translation>
    </message>
    <message>
        <source>No participant selected</source>
        <translation>No participant selected</translation>
    </message>
    <message>
        <source>New participant</source>
        <translation>New participant</translation>
    </message>
    <message>
        <source>deletion requested</source>
        <translation>deletion requested</translation>
    </message>
    <message>
        <source>%1 was already submitted. The funder deletes submitted participants only on request: Veldboek records a deletion request, which goes with the next submission. Request deletion?</source>
        <translation>%1 was already submitted. The funder deletes submitted participants only on request: Veldboek records a deletion request, which goes with the next submission. Request deletion?</translation>
    </message>
    <message>
        <source>Delete %1 with all outcome data? This cannot be undone.</source>
        <translation>Delete %1 with all outcome data? This cannot be undone.</translation>
    </message>
    <message>
        <source>Delete participant</source>
        <translation>Delete participant</translation>
    </message>
    <message>
        <source>Request deletion</source>
        <translation>Request deletion</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Not deleted: %1</source>
        <translation>Not deleted: %1</translation>
    </message>
    <message>
        <source>%1 deleted.</source>
        <translation>%1 deleted.</translation>
    </message>
    <message>
        <source>Deletion of %1 requested.</source>
        <translation>Deletion of %1 requested.</translation>
    </message>
    <message>
        <source>To go on elsewhere, choose File &gt; Save register as….</source>
        <translation>To go on elsewhere, choose File &gt; Save register as….</translation>
    </message>
    <message>
        <source>self-registered</source>
        <translation>self-registered</translation>
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
    <message>
        <source>checking…</source>
        <translation>checking…</translation>
    </message>
    <message>
        <source>%1 (deletion requested)</source>
        <translation>%1 (deletion requested)</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>%1 (self-registered at the kiosk)</source>
        <translation>%1 (self-registered at the kiosk)</translation>
    </message>
</context>
<context>
    <name>veldboek::gui::ProblemScoreTab</name>
    <message>
        <source>Date of the score</source>
        <translation>Date of the score</translation>
    </message>
    <message>
        <source>Save &amp;change</source>
        <translation>Save &amp;change</translation>
    </message>
    <message>
        <source>&amp;Add score</source>
        <translation>&amp;Add score</translation>
    </message>
    <message>
        <source>Change score</source>
        <translation>Change score</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>Choose or add a trajectory on the GAS tab first.</source>
        <translation>Choose or add a trajectory on the GAS tab first.</translation>
    </message>
    <message>
        <source>change problem-reduction score</source>
        <translation>change problem-reduction score</translation>
    </message>
    <message>
        <source>Problem-reduction score changed.</source>
        <translation>Problem-reduction score changed.</translation>
    </message>
    <message>
        <source>add problem-reduction score</source>
        <translation>add problem-reduction score</translation>
    </message>
    <message>
        <source>Problem-reduction score saved.</source>
        <translation>Problem-reduction score saved.</translation>
    </message>
    <message>
        <source>Delete the problem-reduction score %1 of %2 (%3)?</source>
        <translation>Delete the problem-reduction score %1 of %2 (%3)?</translation>
    </message>
    <message>
        <source>delete problem-reduction score</source>
        <translation>delete problem-reduction score</translation>
    </message>
    <message>
        <source>Problem-reduction score deleted.</source>
        <translation>Problem-reduction score deleted.</translation>
    </message>
</context>
<context>
    <name>veldboek::gui::ProblemsPanel</name>
    <message>
        <source>Problems in the register</source>
        <translation>Problems in the register</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Count</translation>
    </message>
    <message>
        <source>No register open.</source>
        <translation>No register open.</translation>
    </message>
    <message>
        <source>Checking the register…</source>
        <translation>Checking the register…</translation>
    </message>
    <message>
        <source>line %1</source>
        <translation>line %1</translation>
    </message>
    <message>
        <source>%1 (%2, line %3)</source>
        <translation>%1 (%2, line %3)</translation>
    </message>
    <message>
        <source>No errors or warnings in the register.</source>
        <translation>No errors or warnings in the register.</translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n error</numerusform>
            <numerusform>%n errors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n warning</numerusform>
            <numerusform>%n warnings</numerusform>
        </translation>
    </message>
    <message>
        <source>; double-click a line to open the participant at that field.</source>
        <translation>; double-click a line to open the participant at that field.</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Participants</translation>
    </message>
    <message>
        <source>GAS scores</source>
        <translation>GAS scores</translation>
    </message>
    <message>
        <source>Problem scores</source>
        <translation>Problem scores</translation>
    </message>
    <message>
        <source>CEM+</source>
        <translation>CEM+</translation>
    </message>
    <message>
        <source>Show &amp;all problems</source>
        <translation>Show &amp;all problems</translation>
    </message>
</context>
<context>
    <name>veldboek::gui::RegisterSession</name>
    <message>
        <source>Never</source>
        <translation>Never</translation>
    </message>
    <message numerus="yes">
        <source>After %n minute(s) without use</source>
        <translation>
            <numerusform>After %n minute without use</numerusform>
            <numerusform>After %n minutes without use</numerusform>
        </translation>
    </message>
    <message>
        <source>Only for registers opened with a passphrase: with the keychain, the computer&apos;s own screen lock protects the register.</source>
        <translation>Only for registers opened with a passphrase: with the keychain, the computer&apos;s own screen lock protects the register.</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>A submission is running. Import when it has finished, so that what is sent and what comes in stay apart.</source>
        <translation>A submission is running. Import when it has finished, so that what is sent and what comes in stay apart.</translation>
    </message>
</context>
<context>
    <name>veldboek::gui::RegisterStatusLabels</name>
    <message>
        <source>No register open</source>
        <translation>No register open</translation>
    </message>
    <message>
        <source>Participants: %1</source>
        <translation>Participants: %1</translation>
    </message>
    <message>
        <source>active: %1</source>
        <translation>active: %1</translation>
    </message>
    <message>
        <source>with errors: %1</source>
        <translation>with errors: %1</translation>
    </message>
    <message>
        <source>shown: %1</source>
        <translation>shown: %1</translation>
    </message>
    <message>
        <source>The funder expects the whole register at least every two months; the next submission is due by %1.</source>
        <translation>The funder expects the whole register at least every two months; the next submission is due by %1.</translation>
    </message>
    <message>
        <source>The funder expects the whole register at least every two months.</source>
        <translation>The funder expects the whole register at least every two months.</translation>
    </message>
</context>
<context>
    <name>veldboek::gui::SelfRegDialog</name>
    <message>
        <source>Self-registrations</source>
        <translation>Self-registrations</translation>
    </message>
    <message>
        <source>Link for self-registration</source>
        <translation>Link for self-registration</translation>
    </message>
    <message>
        <source>Young people register themselves at this address, on their own phone or computer, without logging in. What they send is encrypted for this register only: the endpoint keeps it without being able to read it.</source>
        <translation>Young people register themselves at this address, on their own phone or computer, without logging in. What they send is encrypted for this register only: the endpoint keeps it without being able to read it.</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Address:</translation>
    </message>
    <message>
        <source>No open link yet</source>
        <translation>No open link yet</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copy</translation>
    </message>
    <message>
        <source>&amp;New link</source>
        <translation>&amp;New link</translation>
    </message>
    <message>
        <source>C&amp;lose link</source>
        <translation>C&amp;lose link</translation>
    </message>
    <message>
        <source>&amp;Fetch entries</source>
        <translation>&amp;Fetch entries</translation>
    </message>
    <message>
        <source>Waiting to be completed</source>
        <translation>Waiting to be completed</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Received</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>Postcode</translation>
    </message>
    <message>
        <source>Respondent number</source>
        <translation>Respondent number</translation>
    </message>
    <message>
        <source>Probably already registered</source>
        <translation>Probably already registered</translation>
    </message>
    <message>
        <source>Respondent &amp;number:</source>
        <translation>Respondent &amp;number:</translation>
    </message>
    <message>
        <source>&amp;Accept as new participant</source>
        <translation>&amp;Accept as new participant</translation>
    </message>
    <message>
        <source>&amp;Merge with known participant</source>
        <translation>&amp;Merge with known participant</translation>
    </message>
    <message>
        <source>&amp;Reject…</source>
        <translation>&amp;Reject…</translation>
    </message>
    <message>
        <source>as %1 (%2)</source>
        <translation>as %1 (%2)</translation>
    </message>
    <message>
        <source>sent twice: see the entry above</source>
        <translation>sent twice: see the entry above</translation>
    </message>
    <message>
        <source>No registered participant is the same person by the data request&apos;s rule.</source>
        <translation>No registered participant is the same person by the data request's rule.</translation>
    </message>
    <message>
        <source>Set up the connection to the endpoint first (Submit &gt; Connection settings): %1</source>
        <translation>Set up the connection to the endpoint first (Submit &gt; Connection settings): %1</translation>
    </message>
    <message>
        <source>Asking the endpoint…</source>
        <translation>Asking the endpoint…</translation>
    </message>
    <message>
        <source>The new link is ready. Copy the address and share it with the people who register themselves: %1</source>
        <translation>The new link is ready. Copy the address and share it with the people who register themselves: %1</translation>
    </message>
    <message>
        <source>Close link</source>
        <translation>Close link</translation>
    </message>
    <message>
        <source>Close this link? Nobody can register through it any more. What came in before can still be fetched.</source>
        <translation>Close this link? Nobody can register through it any more. What came in before can still be fetched.</translation>
    </message>
    <message>
        <source>The link is closed. Make a new one when people should register again.</source>
        <translation>The link is closed. Make a new one when people should register again.</translation>
    </message>
    <message numerus="yes">
        <source>%n new self-registration(s) fetched.</source>
        <translation>
            <numerusform>%n new self-registration fetched.</numerusform>
            <numerusform>%n new self-registrations fetched.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entr(y/ies) could not be opened or hold what the form never asks. They stay on the endpoint; tell your administrator.</source>
        <translation>
            <numerusform>%n entry could not be opened or holds what the form never asks. It stays on the endpoint; tell your administrator.</numerusform>
            <numerusform>%n entries could not be opened or hold what the form never asks. They stay on the endpoint; tell your administrator.</numerusform>
        </translation>
    </message>
    <message>
        <source>Accepted as %1. Complete the participant in the register (end date, reason).</source>
        <translation>Accepted as %1. Complete the participant in the register (end date, reason).</translation>
    </message>
    <message>
        <source>Merged. The participant already had every value it sent.</source>
        <translation>Merged. The participant already had every value it sent.</translation>
    </message>
    <message>
        <source>Merged. Filled in where the participant had no value: %1.</source>
        <translation>Merged. Filled in where the participant had no value: %1.</translation>
    </message>
    <message>
        <source>Reject self-registration</source>
        <translation>Reject self-registration</translation>
    </message>
    <message>
        <source>Reject this self-registration? Its details are removed from the register.</source>
        <translation>Reject this self-registration? Its details are removed from the register.</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>Reject</translation>
    </message>
    <message>
        <source>Rejected; its details are removed.</source>
        <translation>Rejected; its details are removed.</translation>
    </message>
</context>
<context>
    <name>veldboek::gui::SeverityStyle</name>
    <message>
        <source>errors</source>
        <translation>errors</translation>
    </message>
    <message>
        <source>warnings</source>
        <translation>warnings</translation>
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
        <translation>New rules from the endpoint</translation>
    </message>
    <message>
        <source>The endpoint has new rules. From now on the form, the problems panel, the import, the export and the next submission check with them.</source>
        <translation>The endpoint has new rules. From now on the form, the problems panel, the import, the export and the next submission check with them.</translation>
    </message>
    <message>
        <source>%1: version %2 → %3</source>
        <translation>%1: version %2 → %3</translation>
    </message>
    <message>
        <source>Nothing changes for this register.</source>
        <translation>Nothing changes for this register.</translation>
    </message>
    <message numerus="yes">
        <source>%n participant(s) affected.</source>
        <translation>
            <numerusform>%n participant affected.</numerusform>
            <numerusform>%n participants affected.</numerusform>
        </translation>
    </message>
    <message>
        <source>Show &amp;affected participants</source>
        <translation>Show &amp;affected participants</translation>
    </message>
</context>
<context>
    <name>veldboek::gui::SpecChangeHandler</name>
    <message numerus="yes">
        <source>Showing only the %n participant(s) the endpoint&apos;s new rules affect.</source>
        <translation>
            <numerusform>Showing only the %n participant the endpoint&apos;s new rules affect.</numerusform>
            <numerusform>Showing only the %n participants the endpoint&apos;s new rules affect.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>veldboek::gui::SpecUpdate</name>
    <message>
        <source>The rules could not be fetched from the endpoint: %1</source>
        <translation>The rules could not be fetched from the endpoint: %1</translation>
    </message>
    <message>
        <source>The new rules are in force, but what they change could not be worked out: %1</source>
        <translation>The new rules are in force, but what they change could not be worked out: %1</translation>
    </message>
</context>
<context>
    <name>veldboek::gui::SubmissionHistoryWindow</name>
    <message>
        <source>%1: %2 read, %3 imported</source>
        <translation>%1: %2 read, %3 imported</translation>
    </message>
    <message>
        <source>%1: %2 rows</source>
        <translation>%1: %2 rows</translation>
    </message>
    <message>
        <source>Submissions</source>
        <translation>Submissions</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Sent</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Received</translation>
    </message>
    <message>
        <source>Deletion requests</source>
        <translation>Deletion requests</translation>
    </message>
    <message>
        <source>Respondent number</source>
        <translation>Respondent number</translation>
    </message>
    <message>
        <source>Requested</source>
        <translation>Requested</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>&amp;Refresh from the endpoint</source>
        <translation>&amp;Refresh from the endpoint</translation>
    </message>
    <message>
        <source>&amp;Withdraw…</source>
        <translation>&amp;Withdraw…</translation>
    </message>
    <message>
        <source>Submission history</source>
        <translation>Submission history</translation>
    </message>
    <message>
        <source>Withdraw the selected submission: the endpoint then no longer counts it; its figures fall back to the approved submission before it.</source>
        <translation>Withdraw the selected submission: the endpoint then no longer counts it; its figures fall back to the approved submission before it.</translation>
    </message>
    <message>
        <source>What the register stored. Refresh asks the endpoint.</source>
        <translation>What the register stored. Refresh asks the endpoint.</translation>
    </message>
    <message>
        <source>The connection to the endpoint is not set up: %1. The history shows what the register stored.</source>
        <translation>The connection to the endpoint is not set up: %1. The history shows what the register stored.</translation>
    </message>
    <message>
        <source>Asking the endpoint…</source>
        <translation>Asking the endpoint…</translation>
    </message>
    <message>
        <source>Up to date with the endpoint (%1).</source>
        <translation>Up to date with the endpoint (%1).</translation>
    </message>
    <message numerus="yes">
        <source>%n deletion request(s) sent.</source>
        <translation>
            <numerusform>%n deletion request sent.</numerusform>
            <numerusform>%n deletion requests sent.</numerusform>
        </translation>
    </message>
    <message>
        <source>Withdraw submission</source>
        <translation>Withdraw submission</translation>
    </message>
    <message>
        <source>Withdraw the submission of %1? The endpoint keeps it in the history but no longer counts it: the figures fall back to the approved submission before it. This cannot be undone.</source>
        <translation>Withdraw the submission of %1? The endpoint keeps it in the history but no longer counts it: the figures fall back to the approved submission before it. This cannot be undone.</translation>
    </message>
    <message>
        <source>Withdraw</source>
        <translation>Withdraw</translation>
    </message>
    <message>
        <source>Withdrawing…</source>
        <translation>Withdrawing…</translation>
    </message>
    <message>
        <source>The submission of %1 is withdrawn; the dashboard figures were fetched again.</source>
        <translation>The submission of %1 is withdrawn; the dashboard figures were fetched again.</translation>
    </message>
</context>
<context>
    <name>veldboek::gui::SubmissionReportView</name>
    <message>
        <source>Report of the endpoint</source>
        <translation>Report of the endpoint</translation>
    </message>
    <message>
        <source>Rule / row</source>
        <translation>Rule / row</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Count</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) read</source>
        <translation>
            <numerusform>%n row read</numerusform>
            <numerusform>%n rows read</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n imported</source>
        <translation>
            <numerusform>%n imported</numerusform>
            <numerusform>%n imported</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n value(s) cleared</source>
        <translation>
            <numerusform>%n value cleared</numerusform>
            <numerusform>%n values cleared</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n warning</numerusform>
            <numerusform>%n warnings</numerusform>
        </translation>
    </message>
    <message>
        <source>Row %1 (%2)</source>
        <translation>Row %1 (%2)</translation>
    </message>
</context>
<context>
    <name>veldboek::gui::SubmitDialog</name>
    <message>
        <source>&amp;Submit the register</source>
        <translation>&amp;Submit the register</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Submit the register</source>
        <translation>Submit the register</translation>
    </message>
    <message>
        <source>Optional explanatory note for the people reading the figures</source>
        <translation>Optional explanatory note for the people reading the figures</translation>
    </message>
    <message>
        <source>The whole register is checked and sent; fields that stay local never leave, citizen service numbers go as a keyed hash where the data request says so.</source>
        <translation>The whole register is checked and sent; fields that stay local never leave, citizen service numbers go as a keyed hash where the data request says so.</translation>
    </message>
    <message>
        <source>The connection to the endpoint is not set up: %1</source>
        <translation>The connection to the endpoint is not set up: %1</translation>
    </message>
    <message>
        <source>Approved by the endpoint (submission %1).</source>
        <translation>Approved by the endpoint (submission %1).</translation>
    </message>
    <message>
        <source>Rejected by the endpoint (submission %1). Correct the rows below and submit again; double-click a row to open the record.</source>
        <translation>Rejected by the endpoint (submission %1). Correct the rows below and submit again; double-click a row to open the record.</translation>
    </message>
    <message>
        <source>Cancelled: nothing was sent.</source>
        <translation>Cancelled: nothing was sent.</translation>
    </message>
    <message>
        <source>Offline: the rules could not be fetched; the register&apos;s own rules are used.</source>
        <translation>Offline: the rules could not be fetched; the register&apos;s own rules are used.</translation>
    </message>
    <message>
        <source>Fetching the endpoint&apos;s rules…</source>
        <translation>Fetching the endpoint&apos;s rules…</translation>
    </message>
    <message>
        <source>The endpoint&apos;s rules have changed, so nothing was sent. The main window shows what changes; submit again when you are ready.</source>
        <translation>The endpoint&apos;s rules have changed, so nothing was sent. The main window shows what changes; submit again when you are ready.</translation>
    </message>
    <message>
        <source>Working out what the new rules change…</source>
        <translation>Working out what the new rules change…</translation>
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
        <translation>Submission history - %1</translation>
    </message>
    <message numerus="yes">
        <source>%n deletion request(s) sent to the funder.</source>
        <translation>
            <numerusform>%n deletion request sent to the funder.</numerusform>
            <numerusform>%n deletion requests sent to the funder.</numerusform>
        </translation>
    </message>
    <message>
        <source>The deletion request goes with the next submission: %1</source>
        <translation>The deletion request goes with the next submission: %1</translation>
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
    <message>
        <source>The register was locked. Choose Open to unlock it with the keychain.</source>
        <translation>The register was locked. Choose Open to unlock it with the keychain.</translation>
    </message>
    <message>
        <source>The keychain that holds the key of this register cannot be reached now. The register is safe and your work was saved. Start the keychain again (log out and in again if needed) and choose Open, or enter the passphrase if the register has one.</source>
        <translation>The keychain that holds the key of this register cannot be reached now. The register is safe and your work was saved. Start the keychain again (log out and in again if needed) and choose Open, or enter the passphrase if the register has one.</translation>
    </message>
</context>
<context>
    <name>veldboek::gui::UsersDialog</name>
    <message>
        <source>Users of %1</source>
        <translation>Users of %1</translation>
    </message>
    <message>
        <source>Each user opens this register with a passphrase of their own, and the audit log records who changed what. A &lt;b&gt;beheerder&lt;/b&gt; may do everything; an &lt;b&gt;invoerder&lt;/b&gt; enters participants and outcome data but may not export, submit, make backups or manage users; &lt;b&gt;zelfaanmelding&lt;/b&gt; only opens the self-registration kiosk.</source>
        <translation>Each user opens this register with a passphrase of their own, and the audit log records who changed what. A &lt;b&gt;beheerder&lt;/b&gt; may do everything; an &lt;b&gt;invoerder&lt;/b&gt; enters participants and outcome data but may not export, submit, make backups or manage users; &lt;b&gt;zelfaanmelding&lt;/b&gt; only opens the self-registration kiosk.</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Users</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Unlocks with</source>
        <translation>Unlocks with</translation>
    </message>
    <message>
        <source>&amp;Add user...</source>
        <translation>&amp;Add user...</translation>
    </message>
    <message>
        <source>&amp;Remove user</source>
        <translation>&amp;Remove user</translation>
    </message>
    <message>
        <source>%1 (you)</source>
        <translation>%1 (you)</translation>
    </message>
    <message>
        <source>keychain</source>
        <translation>keychain</translation>
    </message>
    <message>
        <source>own passphrase</source>
        <translation>own passphrase</translation>
    </message>
    <message>
        <source>This register has one key, held by you. Adding the first user gives the register a new key and each user a slot of their own.</source>
        <translation>This register has one key, held by you. Adding the first user gives the register a new key and each user a slot of their own.</translation>
    </message>
    <message>
        <source>%1 was added as %2.</source>
        <translation>%1 was added as %2.</translation>
    </message>
    <message>
        <source>Remove %1?</source>
        <translation>Remove %1?</translation>
    </message>
    <message>
        <source>Remove %1 from this register? The register gets a new key, and %1&apos;s passphrase opens nothing of it any more. Copies made before (backups, an old copy of the file with its .users file) still open as they did.</source>
        <translation>Remove %1 from this register? The register gets a new key, and %1&apos;s passphrase opens nothing of it any more. Copies made before (backups, an old copy of the file with its .users file) still open as they did.</translation>
    </message>
    <message>
        <source>%1 was removed; the register has a new key.</source>
        <translation>%1 was removed; the register has a new key.</translation>
    </message>
</context>
</TS>
