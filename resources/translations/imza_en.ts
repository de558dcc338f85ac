<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
<context>
    <name>ConsentsScreen</name>
    <message>
        <location filename="../../ui/screens/consents.py" line="58"/>
        <source>How your signature is used</source>
        <translation>How your signature is used</translation>
    </message>
    <message>
        <location filename="../../ui/screens/consents.py" line="47"/>
        <source>Who keeps it</source>
        <translation>Who keeps it</translation>
    </message>
    <message>
        <location filename="../../ui/screens/consents.py" line="29"/>
        <source>Do you agree?</source>
        <translation>Do you agree?</translation>
    </message>
    <message>
        <location filename="../../ui/screens/consents.py" line="31"/>
        <source>How your signature is used ›</source>
        <translation>How your signature is used ›</translation>
    </message>
    <message>
        <location filename="../../ui/screens/consents.py" line="32"/>
        <source>Who keeps it, what for, who receives the list, how to withdraw</source>
        <translation>Who keeps it, what for, who receives the list, how to withdraw</translation>
    </message>
    <message>
        <location filename="../../ui/screens/consents.py" line="38"/>
        <source>I agree to my signature being used as described</source>
        <translation>I agree to my signature being used as described</translation>
    </message>
    <message>
        <location filename="../../ui/screens/consents.py" line="48"/>
        <source>What for</source>
        <translation>What for</translation>
    </message>
    <message>
        <location filename="../../ui/screens/consents.py" line="49"/>
        <source>What is kept</source>
        <translation>What is kept</translation>
    </message>
    <message>
        <location filename="../../ui/screens/consents.py" line="50"/>
        <source>Who receives the list</source>
        <translation>Who receives the list</translation>
    </message>
    <message>
        <location filename="../../ui/screens/consents.py" line="51"/>
        <source>How to withdraw</source>
        <translation>How to withdraw</translation>
    </message>
    <message>
        <location filename="../../ui/screens/consents.py" line="52"/>
        <source>How long it is kept</source>
        <translation>How long it is kept</translation>
    </message>
    <message>
        <location filename="../../ui/screens/consents.py" line="80"/>
        <source>Touch each of the three sentences you agree with: a tick appears in its box. The button above them shows how your signature is used.</source>
        <translation>Touch each of the three sentences you agree with: a tick appears in its box. The button above them shows how your signature is used.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/consents.py" line="36"/>
        <source>I am %1 years old or older</source>
        <translation>I am %1 years old or older</translation>
    </message>
    <message>
        <location filename="../../ui/screens/consents.py" line="37"/>
        <source>I sign only for myself</source>
        <translation>I sign only for myself</translation>
    </message>
</context>
<context>
    <name>ConsolePanel</name>
    <message>
        <location filename="../../ui/console/panel.py" line="135"/>
        <source>Coordinator</source>
        <translation>Coordinator</translation>
    </message>
    <message>
        <location filename="../../ui/console/panel.py" line="136"/>
        <source>Today and sync</source>
        <translation>Today and sync</translation>
    </message>
    <message>
        <location filename="../../ui/console/panel.py" line="136"/>
        <source>Hand-over (USB)</source>
        <translation>Hand-over (USB)</translation>
    </message>
    <message>
        <location filename="../../ui/console/panel.py" line="136"/>
        <source>Enrol</source>
        <translation>Enrol</translation>
    </message>
    <message>
        <location filename="../../ui/console/panel.py" line="137"/>
        <source>Withdraw</source>
        <translation>Withdraw</translation>
    </message>
    <message>
        <location filename="../../ui/console/panel.py" line="137"/>
        <source>Day&apos;s end</source>
        <translation>Day&apos;s end</translation>
    </message>
    <message>
        <location filename="../../ui/console/panel.py" line="137"/>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../../ui/console/panel.py" line="140"/>
        <source>Back to the kiosk</source>
        <translation>Back to the kiosk</translation>
    </message>
    <message>
        <location filename="../../ui/console/panel.py" line="141"/>
        <source>Leave kiosk mode</source>
        <translation>Leave kiosk mode</translation>
    </message>
    <message>
        <location filename="../../ui/console/panel.py" line="144"/>
        <source>Yes, leave kiosk mode</source>
        <translation>Yes, leave kiosk mode</translation>
    </message>
    <message>
        <location filename="../../ui/console/panel.py" line="145"/>
        <source>No, stay</source>
        <translation>No, stay</translation>
    </message>
    <message>
        <location filename="../../ui/console/panel.py" line="148"/>
        <source>Leave kiosk mode? The tablet collects no signatures until Imza is started again.</source>
        <translation>Leave kiosk mode? The tablet collects no signatures until Imza is started again.</translation>
    </message>
</context>
<context>
    <name>ContactScreen</name>
    <message>
        <location filename="../../ui/screens/contact.py" line="29"/>
        <source>How can we send you news?</source>
        <translation>How can we send you news?</translation>
    </message>
    <message>
        <location filename="../../ui/screens/contact.py" line="32"/>
        <source>A phone number, an email address, or both. Used only for news about this petition, never given to anyone.</source>
        <translation>A phone number, an email address, or both. Used only for news about this petition, never given to anyone.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/contact.py" line="36"/>
        <source>Phone number</source>
        <translation>Phone number</translation>
    </message>
    <message>
        <location filename="../../ui/screens/contact.py" line="37"/>
        <source>Email address</source>
        <translation>Email address</translation>
    </message>
    <message>
        <location filename="../../ui/screens/contact.py" line="52"/>
        <source>Type a phone number or an email address, or both, for news about this petition. Back takes you to the question about news if you do not want it after all.</source>
        <translation>Type a phone number or an email address, or both, for news about this petition. Back takes you to the question about news if you do not want it after all.</translation>
    </message>
</context>
<context>
    <name>DayEndPage</name>
    <message>
        <location filename="../../ui/console/dayend_page.py" line="72"/>
        <source>signed by drawing</source>
        <translation>signed by drawing</translation>
    </message>
    <message>
        <location filename="../../ui/console/dayend_page.py" line="73"/>
        <source>typed name and tick</source>
        <translation>typed name and tick</translation>
    </message>
    <message>
        <location filename="../../ui/console/dayend_page.py" line="74"/>
        <source>assisted by a volunteer</source>
        <translation>assisted by a volunteer</translation>
    </message>
    <message>
        <location filename="../../ui/console/dayend_page.py" line="75"/>
        <source>acknowledged by the server</source>
        <translation>acknowledged by the server</translation>
    </message>
    <message>
        <location filename="../../ui/console/dayend_page.py" line="76"/>
        <source>not yet sent</source>
        <translation>not yet sent</translation>
    </message>
    <message>
        <location filename="../../ui/console/dayend_page.py" line="77"/>
        <source>withdrawn</source>
        <translation>withdrawn</translation>
    </message>
    <message>
        <location filename="../../ui/console/dayend_page.py" line="81"/>
        <source>Day&apos;s end</source>
        <translation>Day&apos;s end</translation>
    </message>
    <message>
        <location filename="../../ui/console/dayend_page.py" line="84"/>
        <source>Save summary as PDF</source>
        <translation>Save summary as PDF</translation>
    </message>
    <message>
        <location filename="../../ui/console/dayend_page.py" line="85"/>
        <source>Wipe what the server holds…</source>
        <translation>Wipe what the server holds…</translation>
    </message>
    <message>
        <location filename="../../ui/console/dayend_page.py" line="150"/>
        <source>Erase every acknowledged signature from this tablet? The server keeps them. This cannot be undone.</source>
        <translation>Erase every acknowledged signature from this tablet? The server keeps them. This cannot be undone.</translation>
    </message>
    <message>
        <location filename="../../ui/console/dayend_page.py" line="86"/>
        <source>Yes, wipe</source>
        <translation>Yes, wipe</translation>
    </message>
    <message>
        <location filename="../../ui/console/dayend_page.py" line="87"/>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/console/dayend_page.py" line="96"/>
        <source>%1: %n signature(s) today.</source>
        <translation>
            <numerusform>%1: %n signature today.</numerusform>
            <numerusform>%1: %n signatures today.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/console/dayend_page.py" line="116"/>
        <source>Could not save there: is the USB stick still there?</source>
        <translation>Could not save there: is the USB stick still there?</translation>
    </message>
    <message>
        <location filename="../../ui/console/dayend_page.py" line="118"/>
        <source>Saved to %1.</source>
        <translation>Saved to %1.</translation>
    </message>
    <message>
        <location filename="../../ui/console/dayend_page.py" line="127"/>
        <source>Day&apos;s end summary</source>
        <translation>Day&apos;s end summary</translation>
    </message>
    <message>
        <location filename="../../ui/console/dayend_page.py" line="129"/>
        <source>DEMO: practice signatures, never counted.</source>
        <translation>DEMO: practice signatures, never counted.</translation>
    </message>
    <message>
        <location filename="../../ui/console/dayend_page.py" line="130"/>
        <source>Campaign: %1</source>
        <translation>Campaign: %1</translation>
    </message>
    <message>
        <location filename="../../ui/console/dayend_page.py" line="131"/>
        <source>Tablet: %1</source>
        <translation>Tablet: %1</translation>
    </message>
    <message>
        <location filename="../../ui/console/dayend_page.py" line="134"/>
        <source>Signatures</source>
        <translation>Signatures</translation>
    </message>
    <message>
        <location filename="../../ui/console/dayend_page.py" line="137"/>
        <source>Signatures per hour today</source>
        <translation>Signatures per hour today</translation>
    </message>
    <message>
        <location filename="../../ui/console/dayend_page.py" line="138"/>
        <source>Counts only: this summary holds no names and needs no key.</source>
        <translation>Counts only: this summary holds no names and needs no key.</translation>
    </message>
    <message>
        <location filename="../../ui/console/dayend_page.py" line="145"/>
        <source>The chain check found damage: do not wipe; call the campaign lead.</source>
        <translation>The chain check found damage: do not wipe; call the campaign lead.</translation>
    </message>
    <message>
        <location filename="../../ui/console/dayend_page.py" line="157"/>
        <source>Wiping…</source>
        <translation>Wiping…</translation>
    </message>
    <message>
        <location filename="../../ui/console/dayend_page.py" line="168"/>
        <source>The wipe did not complete. Nothing was lost.</source>
        <translation>The wipe did not complete. Nothing was lost.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/console/dayend_page.py" line="171"/>
        <source>Not wiped: %n record(s) are not yet acknowledged by the server. Sync, or hand over and load the receipt, first.</source>
        <translation>
            <numerusform>Not wiped: %n record is not yet acknowledged by the server. Sync, or hand over and load the receipt, first.</numerusform>
            <numerusform>Not wiped: %n records are not yet acknowledged by the server. Sync, or hand over and load the receipt, first.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/console/dayend_page.py" line="175"/>
        <source>Nothing to wipe.</source>
        <translation>Nothing to wipe.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/console/dayend_page.py" line="180"/>
        <source>Wiped %n signature record(s). The tablet is ready for tomorrow.</source>
        <translation>
            <numerusform>Wiped %n signature record. The tablet is ready for tomorrow.</numerusform>
            <numerusform>Wiped %n signature records. The tablet is ready for tomorrow.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DimOverlay</name>
    <message>
        <location filename="../../ui/widgets/dim_overlay.py" line="22"/>
        <source>Screen dimmed: touch to wake</source>
        <translation>Screen dimmed: touch to wake</translation>
    </message>
</context>
<context>
    <name>DuplicateScreen</name>
    <message>
        <location filename="../../ui/screens/duplicate.py" line="48"/>
        <source>Have you already signed on this tablet?</source>
        <translation>Have you already signed on this tablet?</translation>
    </message>
    <message>
        <location filename="../../ui/screens/duplicate.py" line="52"/>
        <source>Someone called %1 from %2 has already signed on this tablet. Is that you?</source>
        <translation>Someone called %1 from %2 has already signed on this tablet. Is that you?</translation>
    </message>
    <message>
        <location filename="../../ui/screens/duplicate.py" line="56"/>
        <source>Yes, that was me</source>
        <translation>Yes, that was me</translation>
    </message>
    <message>
        <location filename="../../ui/screens/duplicate.py" line="57"/>
        <source>No, that is someone else</source>
        <translation>No, that is someone else</translation>
    </message>
    <message>
        <location filename="../../ui/screens/duplicate.py" line="58"/>
        <source>Back</source>
        <translation>Back</translation>
    </message>
    <message>
        <location filename="../../ui/screens/duplicate.py" line="66"/>
        <source>This tablet already has a signature with the same name and place. If it was yours, press Yes: it is counted. If not, press No and we will ask one more thing.</source>
        <translation>This tablet already has a signature with the same name and place. If it was yours, press Yes: it is counted. If not, press No and we will ask one more thing.</translation>
    </message>
</context>
<context>
    <name>EnrolPage</name>
    <message>
        <location filename="../../ui/console/enrol_page.py" line="55"/>
        <source>Enrol with the campaign&apos;s server</source>
        <translation>Enrol with the campaign&apos;s server</translation>
    </message>
    <message>
        <location filename="../../ui/console/enrol_page.py" line="57"/>
        <source>This tablet&apos;s device number is below. Read it out to the campaign lead: they approve this tablet when the same number is on their dashboard.</source>
        <translation>This tablet&apos;s device number is below. Read it out to the campaign lead: they approve this tablet when the same number is on their dashboard.</translation>
    </message>
    <message>
        <location filename="../../ui/console/enrol_page.py" line="60"/>
        <source>Server address</source>
        <translation>Server address</translation>
    </message>
    <message>
        <location filename="../../ui/console/enrol_page.py" line="61"/>
        <source>Enrolment code from the campaign lead</source>
        <translation>Enrolment code from the campaign lead</translation>
    </message>
    <message>
        <location filename="../../ui/console/enrol_page.py" line="62"/>
        <source>Enrol this tablet</source>
        <translation>Enrol this tablet</translation>
    </message>
    <message>
        <location filename="../../ui/console/enrol_page.py" line="70"/>
        <source>Campaign key: %1. The code starts with its first six characters: compare them with what the campaign lead reads out.</source>
        <translation>Campaign key: %1. The code starts with its first six characters: compare them with what the campaign lead reads out.</translation>
    </message>
    <message>
        <location filename="../../ui/console/enrol_page.py" line="83"/>
        <source>This tablet runs in DEMO mode. Enrolling makes it a campaign tablet: its practice signatures are erased; PINs and settings stay.</source>
        <translation>This tablet runs in DEMO mode. Enrolling makes it a campaign tablet: its practice signatures are erased; PINs and settings stay.</translation>
    </message>
    <message>
        <location filename="../../ui/console/enrol_page.py" line="89"/>
        <source>Enrolled with %1; waiting for the campaign lead&apos;s approval.</source>
        <translation>Enrolled with %1; waiting for the campaign lead&apos;s approval.</translation>
    </message>
    <message>
        <location filename="../../ui/console/enrol_page.py" line="91"/>
        <source>Enrolled with %1.</source>
        <translation>Enrolled with %1.</translation>
    </message>
    <message>
        <location filename="../../ui/console/enrol_page.py" line="95"/>
        <source>This tablet is not enrolled: it keeps signatures here.</source>
        <translation>This tablet is not enrolled: it keeps signatures here.</translation>
    </message>
    <message>
        <location filename="../../ui/console/enrol_page.py" line="106"/>
        <source>The server address starts with https://</source>
        <translation>The server address starts with https://</translation>
    </message>
    <message>
        <location filename="../../ui/console/enrol_page.py" line="110"/>
        <source>That is not an enrolment code (like 7F3A9C-K2QW-8MXD-4HTB-9RJE).</source>
        <translation>That is not an enrolment code (like 7F3A9C-K2QW-8MXD-4HTB-9RJE).</translation>
    </message>
    <message>
        <location filename="../../ui/console/enrol_page.py" line="115"/>
        <source>Enrolling…</source>
        <translation>Enrolling…</translation>
    </message>
    <message>
        <location filename="../../ui/console/enrol_page.py" line="139"/>
        <source>Enrolled. The server&apos;s campaign key is %1.</source>
        <translation>Enrolled. The server&apos;s campaign key is %1.</translation>
    </message>
    <message>
        <location filename="../../ui/console/enrol_page.py" line="148"/>
        <source>This tablet holds signatures for its own campaign file: hand them over first, then enrol a fresh tablet.</source>
        <translation>This tablet holds signatures for its own campaign file: hand them over first, then enrol a fresh tablet.</translation>
    </message>
    <message>
        <location filename="../../ui/console/enrol_page.py" line="151"/>
        <source>The server does not know this code, or it was used or has expired.</source>
        <translation>The server does not know this code, or it was used or has expired.</translation>
    </message>
    <message>
        <location filename="../../ui/console/enrol_page.py" line="153"/>
        <source>The server&apos;s campaign key does not match this code. Nothing changed.</source>
        <translation>The server&apos;s campaign key does not match this code. Nothing changed.</translation>
    </message>
    <message>
        <location filename="../../ui/console/enrol_page.py" line="155"/>
        <source>Cannot reach the server. Check the address and the network.</source>
        <translation>Cannot reach the server. Check the address and the network.</translation>
    </message>
    <message>
        <location filename="../../ui/console/enrol_page.py" line="157"/>
        <source>Enrolment did not work. Nothing changed. Call the campaign lead.</source>
        <translation>Enrolment did not work. Nothing changed. Call the campaign lead.</translation>
    </message>
</context>
<context>
    <name>ErrorSummary</name>
    <message>
        <location filename="../../ui/widgets/error_summary.py" line="32"/>
        <source>There is a problem</source>
        <translation>There is a problem</translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <location filename="../../ui/export_text.py" line="51"/>
        <location filename="../../ui/export_text.py" line="54"/>
        <source>Signers</source>
        <translation>Signers</translation>
    </message>
    <message>
        <location filename="../../ui/export_text.py" line="52"/>
        <source>Totals by settlement</source>
        <translation>Totals by settlement</translation>
    </message>
    <message>
        <location filename="../../ui/export_text.py" line="53"/>
        <source>Possible duplicates</source>
        <translation>Possible duplicates</translation>
    </message>
    <message>
        <location filename="../../ui/export_text.py" line="55"/>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <location filename="../../ui/export_text.py" line="56"/>
        <source>drawn</source>
        <translation>drawn</translation>
    </message>
    <message>
        <location filename="../../ui/export_text.py" line="57"/>
        <source>typed</source>
        <translation>typed</translation>
    </message>
    <message>
        <location filename="../../ui/export_text.py" line="58"/>
        <source>assisted</source>
        <translation>assisted</translation>
    </message>
    <message>
        <location filename="../../ui/export_text.py" line="59"/>
        <source>hands are not steady</source>
        <translation>hands are not steady</translation>
    </message>
    <message>
        <location filename="../../ui/export_text.py" line="60"/>
        <source>cannot see well</source>
        <translation>cannot see well</translation>
    </message>
    <message>
        <location filename="../../ui/export_text.py" line="61"/>
        <source>cannot write</source>
        <translation>cannot write</translation>
    </message>
    <message>
        <location filename="../../ui/export_text.py" line="62"/>
        <source>another reason</source>
        <translation>another reason</translation>
    </message>
    <message>
        <location filename="../../ui/export_text.py" line="63"/>
        <source>synthetic (test)</source>
        <translation>synthetic (test)</translation>
    </message>
    <message>
        <location filename="../../ui/export_text.py" line="69"/>
        <source>Surname</source>
        <translation>Surname</translation>
    </message>
    <message>
        <location filename="../../ui/export_text.py" line="70"/>
        <source>Given name</source>
        <translation>Given name</translation>
    </message>
    <message>
        <location filename="../../ui/export_text.py" line="71"/>
        <source>Patronymic</source>
        <translation>Patronymic</translation>
    </message>
    <message>
        <location filename="../../ui/export_text.py" line="72"/>
        <source>Settlement</source>
        <translation>Settlement</translation>
    </message>
    <message>
        <location filename="../../ui/export_text.py" line="73"/>
        <source>How signed</source>
        <translation>How signed</translation>
    </message>
    <message>
        <location filename="../../ui/export_text.py" line="74"/>
        <source>Volunteer who assisted</source>
        <translation>Volunteer who assisted</translation>
    </message>
    <message>
        <location filename="../../ui/export_text.py" line="75"/>
        <source>Why assisted</source>
        <translation>Why assisted</translation>
    </message>
    <message>
        <location filename="../../ui/export_text.py" line="76"/>
        <source>Typed name</source>
        <translation>Typed name</translation>
    </message>
    <message>
        <location filename="../../ui/export_text.py" line="77"/>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../ui/export_text.py" line="78"/>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <location filename="../../ui/export_text.py" line="79"/>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <location filename="../../ui/export_text.py" line="80"/>
        <source>Signed at</source>
        <translation>Signed at</translation>
    </message>
    <message>
        <location filename="../../ui/export_text.py" line="81"/>
        <source>Tablet</source>
        <translation>Tablet</translation>
    </message>
    <message>
        <location filename="../../ui/export_text.py" line="82"/>
        <source>Record</source>
        <translation>Record</translation>
    </message>
    <message>
        <location filename="../../ui/export_text.py" line="83"/>
        <source>Test data</source>
        <translation>Test data</translation>
    </message>
    <message>
        <location filename="../../ui/export_text.py" line="84"/>
        <source>Clock warning</source>
        <translation>Clock warning</translation>
    </message>
    <message>
        <location filename="../../ui/export_text.py" line="85"/>
        <source>Place of signing</source>
        <translation>Place of signing</translation>
    </message>
    <message>
        <location filename="../../ui/export_text.py" line="86"/>
        <source>Volunteer on duty</source>
        <translation>Volunteer on duty</translation>
    </message>
    <message>
        <location filename="../../ui/export_text.py" line="87"/>
        <source>Group</source>
        <translation>Group</translation>
    </message>
    <message>
        <location filename="../../ui/export_text.py" line="88"/>
        <source>Why flagged</source>
        <translation>Why flagged</translation>
    </message>
    <message>
        <location filename="../../ui/export_text.py" line="94"/>
        <source>People who signed, each counted once</source>
        <translation>People who signed, each counted once</translation>
    </message>
    <message>
        <location filename="../../ui/export_text.py" line="97"/>
        <source>Duplicates removed</source>
        <translation>Duplicates removed</translation>
    </message>
    <message>
        <location filename="../../ui/export_text.py" line="98"/>
        <source>Withdrawn by their signers</source>
        <translation>Withdrawn by their signers</translation>
    </message>
    <message>
        <location filename="../../ui/export_text.py" line="99"/>
        <source>Left out: tablet revoked</source>
        <translation>Left out: tablet revoked</translation>
    </message>
    <message>
        <location filename="../../ui/export_text.py" line="100"/>
        <source>Signed by drawing</source>
        <translation>Signed by drawing</translation>
    </message>
    <message>
        <location filename="../../ui/export_text.py" line="101"/>
        <source>Signed with a typed name</source>
        <translation>Signed with a typed name</translation>
    </message>
    <message>
        <location filename="../../ui/export_text.py" line="102"/>
        <source>Signed with a volunteer&apos;s help</source>
        <translation>Signed with a volunteer&apos;s help</translation>
    </message>
    <message>
        <location filename="../../ui/export_text.py" line="103"/>
        <source>Held aside at the server, not counted</source>
        <translation>Held aside at the server, not counted</translation>
    </message>
    <message>
        <location filename="../../ui/export_text.py" line="111"/>
        <source>Possible duplicates, for a person to judge: nothing here was removed.</source>
        <translation>Possible duplicates, for a person to judge: nothing here was removed.</translation>
    </message>
    <message>
        <location filename="../../ui/export_text.py" line="114"/>
        <source>Flagged: names that sound alike once Russian and Azerbaijani spellings are folded together (Мамедов / Məmmədov), in the same settlement (Ağdam / Агдам).</source>
        <translation>Flagged: names that sound alike once Russian and Azerbaijani spellings are folded together (Мамедов / Məmmədov), in the same settlement (Ağdam / Агдам).</translation>
    </message>
    <message>
        <location filename="../../ui/export_text.py" line="119"/>
        <source>Flagged: names one letter apart in the same settlement.</source>
        <translation>Flagged: names one letter apart in the same settlement.</translation>
    </message>
    <message>
        <location filename="../../ui/export_text.py" line="122"/>
        <source>Exact duplicates (the same name and settlement) were removed already and are not listed.</source>
        <translation>Exact duplicates (the same name and settlement) were removed already and are not listed.</translation>
    </message>
    <message>
        <location filename="../../ui/export_text.py" line="127"/>
        <source>sound alike</source>
        <translation>sound alike</translation>
    </message>
    <message>
        <location filename="../../ui/export_text.py" line="128"/>
        <source>one letter apart</source>
        <translation>one letter apart</translation>
    </message>
    <message>
        <location filename="../../ui/export_text.py" line="129"/>
        <source>No possible duplicates found.</source>
        <translation>No possible duplicates found.</translation>
    </message>
    <message>
        <location filename="../../ui/export_text.py" line="135"/>
        <source>Petition</source>
        <translation>Petition</translation>
    </message>
    <message>
        <location filename="../../ui/export_text.py" line="136"/>
        <source>Addressed to</source>
        <translation>Addressed to</translation>
    </message>
    <message>
        <location filename="../../ui/export_text.py" line="137"/>
        <source>The request</source>
        <translation>The request</translation>
    </message>
    <message>
        <location filename="../../ui/export_text.py" line="138"/>
        <source>Organisers</source>
        <translation>Organisers</translation>
    </message>
    <message>
        <location filename="../../ui/export_text.py" line="139"/>
        <source>Text in %1</source>
        <translation>Text in %1</translation>
    </message>
    <message>
        <location filename="../../ui/export_text.py" line="140"/>
        <source>SHA-256 of the text shown, its consent wording included</source>
        <translation>SHA-256 of the text shown, its consent wording included</translation>
    </message>
    <message>
        <location filename="../../ui/export_text.py" line="143"/>
        <source>Facts as of</source>
        <translation>Facts as of</translation>
    </message>
    <message>
        <location filename="../../ui/export_text.py" line="144"/>
        <source>Signers who read this text</source>
        <translation>Signers who read this text</translation>
    </message>
    <message>
        <location filename="../../ui/export_text.py" line="145"/>
        <source>A text that is not in this campaign file</source>
        <translation>A text that is not in this campaign file</translation>
    </message>
    <message>
        <location filename="../../ui/export_text.py" line="148"/>
        <source>How the signatures were collected</source>
        <translation>How the signatures were collected</translation>
    </message>
    <message>
        <location filename="../../ui/export_text.py" line="149"/>
        <source>Tablets used: %1. Signatures collected from %2 to %3. Each signature was sealed on the tablet the moment it was given and opened only on the offline export computer. Each person is counted once, however many times they signed.</source>
        <translation>Tablets used: %1. Signatures collected from %2 to %3. Each signature was sealed on the tablet the moment it was given and opened only on the offline export computer. Each person is counted once, however many times they signed.</translation>
    </message>
    <message>
        <location filename="../../ui/export_text.py" line="155"/>
        <source>First signature</source>
        <translation>First signature</translation>
    </message>
    <message>
        <location filename="../../ui/export_text.py" line="156"/>
        <source>Last signature</source>
        <translation>Last signature</translation>
    </message>
    <message>
        <location filename="../../ui/export_text.py" line="157"/>
        <source>Signatures given on a tablet whose clock was wrong (their dates are the tablet&apos;s): %1</source>
        <translation>Signatures given on a tablet whose clock was wrong (their dates are the tablet&apos;s): %1</translation>
    </message>
    <message>
        <location filename="../../ui/export_text.py" line="161"/>
        <source>The count</source>
        <translation>The count</translation>
    </message>
    <message>
        <location filename="../../ui/export_text.py" line="162"/>
        <source>Signers by settlement</source>
        <translation>Signers by settlement</translation>
    </message>
    <message>
        <location filename="../../ui/export_text.py" line="163"/>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <location filename="../../ui/export_text.py" line="164"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../ui/export_text.py" line="165"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../ui/export_text.py" line="166"/>
        <source>Signature</source>
        <translation>Signature</translation>
    </message>
    <message>
        <location filename="../../ui/export_text.py" line="167"/>
        <source>assisted by %1</source>
        <translation>assisted by %1</translation>
    </message>
    <message>
        <location filename="../../ui/export_text.py" line="168"/>
        <source>page %1 of %2</source>
        <translation>page %1 of %2</translation>
    </message>
    <message>
        <location filename="../../ui/export_text.py" line="169"/>
        <source>TEST DATA: this file holds simulated signatures. Not for delivery.</source>
        <translation>TEST DATA: this file holds simulated signatures. Not for delivery.</translation>
    </message>
    <message>
        <location filename="../../ui/export_text.py" line="177"/>
        <source>%1 people signed this petition on %2 tablets between %3 and %4. Each person is counted once, whatever the script their name was written in; a second signature of the same person and signatures withdrawn by their signers are not counted.</source>
        <translation>%1 people signed this petition on %2 tablets between %3 and %4. Each person is counted once, whatever the script their name was written in; a second signature of the same person and signatures withdrawn by their signers are not counted.</translation>
    </message>
    <message>
        <location filename="../../ui/export_text.py" line="183"/>
        <source>Date of delivery</source>
        <translation>Date of delivery</translation>
    </message>
    <message>
        <location filename="../../ui/export_text.py" line="184"/>
        <source>Place of delivery</source>
        <translation>Place of delivery</translation>
    </message>
    <message>
        <location filename="../../ui/export_text.py" line="185"/>
        <source>Signed for the organisers</source>
        <translation>Signed for the organisers</translation>
    </message>
    <message>
        <location filename="../../ui/export_text.py" line="192"/>
        <source>Azerbaijani (Latin script)</source>
        <translation>Azerbaijani (Latin script)</translation>
    </message>
    <message>
        <location filename="../../ui/export_text.py" line="193"/>
        <source>Azerbaijani (Cyrillic script)</source>
        <translation>Azerbaijani (Cyrillic script)</translation>
    </message>
    <message>
        <location filename="../../ui/export_text.py" line="194"/>
        <source>Russian</source>
        <translation>Russian</translation>
    </message>
    <message>
        <location filename="../../ui/export_text.py" line="195"/>
        <source>English</source>
        <translation>English</translation>
    </message>
    <message>
        <location filename="../../ui/export_text.py" line="202"/>
        <source>Verification kit of the petition “%1”</source>
        <translation>Verification kit of the petition “%1”</translation>
    </message>
    <message>
        <location filename="../../ui/export_text.py" line="203"/>
        <source>With it anyone can check the petition&apos;s signatures and their count without trusting whoever hands it over.</source>
        <translation>With it anyone can check the petition&apos;s signatures and their count without trusting whoever hands it over.</translation>
    </message>
    <message>
        <location filename="../../ui/export_text.py" line="208"/>
        <source>the petition as delivered: %1 signed</source>
        <translation>the petition as delivered: %1 signed</translation>
    </message>
    <message>
        <location filename="../../ui/export_text.py" line="209"/>
        <source>every signature the count rests on, and what proves it</source>
        <translation>every signature the count rests on, and what proves it</translation>
    </message>
    <message>
        <location filename="../../ui/export_text.py" line="212"/>
        <source>the signature log and its head, signed on %1: %2 entries</source>
        <translation>the signature log and its head, signed on %1: %2 entries</translation>
    </message>
    <message>
        <location filename="../../ui/export_text.py" line="215"/>
        <source>each tablet&apos;s key and its signed records</source>
        <translation>each tablet&apos;s key and its signed records</translation>
    </message>
    <message>
        <location filename="../../ui/export_text.py" line="218"/>
        <source>the petition texts the signers were shown</source>
        <translation>the petition texts the signers were shown</translation>
    </message>
    <message>
        <location filename="../../ui/export_text.py" line="221"/>
        <source>the program that checks all of it</source>
        <translation>the program that checks all of it</translation>
    </message>
    <message>
        <location filename="../../ui/export_text.py" line="222"/>
        <source>To check the kit, run the program with Python 3.11 or later and its package “cryptography”:</source>
        <translation>To check the kit, run the program with Python 3.11 or later and its package “cryptography”:</translation>
    </message>
    <message>
        <location filename="../../ui/export_text.py" line="227"/>
        <source>It names the key the log is signed with. Compare it with the key the campaign publishes:</source>
        <translation>It names the key the log is signed with. Compare it with the key the campaign publishes:</translation>
    </message>
</context>
<context>
    <name>HandoverPage</name>
    <message>
        <location filename="../../ui/console/handover_page.py" line="75"/>
        <source>Hand-over by USB stick</source>
        <translation>Hand-over by USB stick</translation>
    </message>
    <message>
        <location filename="../../ui/console/handover_page.py" line="78"/>
        <source>No network? Save the unsent signatures to a USB stick and give it to the campaign lead. Their server gives back a receipt file: load it here, and the signatures count as sent. The file is sealed: nobody can read names in it.</source>
        <translation>No network? Save the unsent signatures to a USB stick and give it to the campaign lead. Their server gives back a receipt file: load it here, and the signatures count as sent. The file is sealed: nobody can read names in it.</translation>
    </message>
    <message>
        <location filename="../../ui/console/handover_page.py" line="83"/>
        <source>Save hand-over file</source>
        <translation>Save hand-over file</translation>
    </message>
    <message>
        <location filename="../../ui/console/handover_page.py" line="84"/>
        <source>Load receipt</source>
        <translation>Load receipt</translation>
    </message>
    <message>
        <location filename="../../ui/console/handover_page.py" line="95"/>
        <source>A DEMO tablet has nothing to hand over.</source>
        <translation>A DEMO tablet has nothing to hand over.</translation>
    </message>
    <message>
        <location filename="../../ui/console/handover_page.py" line="99"/>
        <source>Working…</source>
        <translation>Working…</translation>
    </message>
    <message>
        <location filename="../../ui/console/handover_page.py" line="116"/>
        <source>Saved %1 signature record(s) to %2.</source>
        <translation>Saved %1 signature record(s) to %2.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/console/handover_page.py" line="131"/>
        <source>Receipt loaded: acknowledged through no. %1; %n still to send.</source>
        <translation>
            <numerusform>Receipt loaded: acknowledged through no. %1; %n still to send.</numerusform>
            <numerusform>Receipt loaded: acknowledged through no. %1; %n still to send.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/console/handover_page.py" line="138"/>
        <source>Nothing to hand over: the server has everything.</source>
        <translation>Nothing to hand over: the server has everything.</translation>
    </message>
    <message>
        <location filename="../../ui/console/handover_page.py" line="141"/>
        <source>That file is not a receipt for this tablet. Nothing was changed.</source>
        <translation>That file is not a receipt for this tablet. Nothing was changed.</translation>
    </message>
    <message>
        <location filename="../../ui/console/handover_page.py" line="144"/>
        <source>A sync is running. Try again in a minute.</source>
        <translation>A sync is running. Try again in a minute.</translation>
    </message>
    <message>
        <location filename="../../ui/console/handover_page.py" line="146"/>
        <source>That did not work: is the USB stick still there?</source>
        <translation>That did not work: is the USB stick still there?</translation>
    </message>
</context>
<context>
    <name>HelpCard</name>
    <message>
        <location filename="../../ui/widgets/help_card.py" line="39"/>
        <source>Help</source>
        <translation>Help</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/help_card.py" line="40"/>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/help_card.py" line="41"/>
        <source>Listen ▶</source>
        <translation>Listen ▶</translation>
    </message>
</context>
<context>
    <name>IdlePrompt</name>
    <message>
        <location filename="../../ui/widgets/idle_prompt.py" line="41"/>
        <source>Are you still there?</source>
        <translation>Are you still there?</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/widgets/idle_prompt.py" line="43"/>
        <source>Your answers will be cleared in %n second(s).</source>
        <translation>
            <numerusform>Your answers will be cleared in %n second.</numerusform>
            <numerusform>Your answers will be cleared in %n seconds.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/widgets/idle_prompt.py" line="45"/>
        <source>Yes, I am here</source>
        <translation>Yes, I am here</translation>
    </message>
</context>
<context>
    <name>KioskWindow</name>
    <message>
        <location filename="../../ui/window.py" line="206"/>
        <source>DEMO — practice only: signatures here are not counted</source>
        <translation>DEMO — practice only: signatures here are not counted</translation>
    </message>
</context>
<context>
    <name>LanguagePicker</name>
    <message>
        <location filename="../../ui/widgets/language_picker.py" line="53"/>
        <source>Choose your language</source>
        <translation>Choose your language</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/language_picker.py" line="54"/>
        <source>Close</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>LockPanel</name>
    <message>
        <location filename="../../ui/lock.py" line="97"/>
        <source>Volunteer</source>
        <translation>Volunteer</translation>
    </message>
    <message>
        <location filename="../../ui/lock.py" line="98"/>
        <source>Coordinator</source>
        <translation>Coordinator</translation>
    </message>
    <message>
        <location filename="../../ui/lock.py" line="100"/>
        <source>Volunteer PIN</source>
        <translation>Volunteer PIN</translation>
    </message>
    <message>
        <location filename="../../ui/lock.py" line="102"/>
        <source>Coordinator PIN</source>
        <translation>Coordinator PIN</translation>
    </message>
    <message>
        <location filename="../../ui/lock.py" line="108"/>
        <source>Choose a volunteer PIN (6 to 8 digits)</source>
        <translation>Choose a volunteer PIN (6 to 8 digits)</translation>
    </message>
    <message>
        <location filename="../../ui/lock.py" line="109"/>
        <source>Choose a coordinator PIN (6 to 8 digits)</source>
        <translation>Choose a coordinator PIN (6 to 8 digits)</translation>
    </message>
    <message>
        <location filename="../../ui/lock.py" line="121"/>
        <source>Only coordinators may know it.</source>
        <translation>Only coordinators may know it.</translation>
    </message>
    <message>
        <location filename="../../ui/lock.py" line="134"/>
        <source>A PIN is 6 to 8 digits.</source>
        <translation>A PIN is 6 to 8 digits.</translation>
    </message>
    <message>
        <location filename="../../ui/lock.py" line="136"/>
        <source>Choose a PIN that is not a simple sequence.</source>
        <translation>Choose a PIN that is not a simple sequence.</translation>
    </message>
    <message>
        <location filename="../../ui/lock.py" line="139"/>
        <source>Enter the same PIN again</source>
        <translation>Enter the same PIN again</translation>
    </message>
    <message>
        <location filename="../../ui/lock.py" line="146"/>
        <source>The two PINs differ. Please start again.</source>
        <translation>The two PINs differ. Please start again.</translation>
    </message>
    <message>
        <location filename="../../ui/lock.py" line="156"/>
        <source>No volunteer PIN is set on this tablet. Ask the coordinator.</source>
        <translation>No volunteer PIN is set on this tablet. Ask the coordinator.</translation>
    </message>
    <message>
        <location filename="../../ui/lock.py" line="166"/>
        <source>Too many wrong PINs. Try again after %1.</source>
        <translation>Too many wrong PINs. Try again after %1.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/lock.py" line="173"/>
        <source>Wrong PIN. %n attempt(s) left.</source>
        <translation>
            <numerusform>Wrong PIN. %n attempt left.</numerusform>
            <numerusform>Wrong PIN. %n attempts left.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MoreBelow</name>
    <message>
        <location filename="../../ui/widgets/more_below.py" line="36"/>
        <source>More below ↓</source>
        <translation>More below ↓</translation>
    </message>
</context>
<context>
    <name>NameScreen</name>
    <message>
        <location filename="../../ui/screens/name.py" line="31"/>
        <source>What is your name?</source>
        <translation>What is your name?</translation>
    </message>
    <message>
        <location filename="../../ui/screens/name.py" line="32"/>
        <source>As in your identity card.</source>
        <translation>As in your identity card.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/name.py" line="33"/>
        <source>Given name</source>
        <translation>Given name</translation>
    </message>
    <message>
        <location filename="../../ui/screens/name.py" line="34"/>
        <source>Surname</source>
        <translation>Surname</translation>
    </message>
    <message>
        <location filename="../../ui/screens/name.py" line="49"/>
        <source>Type your given name in the first box and your surname in the second, as in your identity card. The keys at the bottom of the screen type the letters; the Next key takes you to the next box.</source>
        <translation>Type your given name in the first box and your surname in the second, as in your identity card. The keys at the bottom of the screen type the letters; the Next key takes you to the next box.</translation>
    </message>
</context>
<context>
    <name>NewsScreen</name>
    <message>
        <location filename="../../ui/screens/news.py" line="40"/>
        <source>Would you like news about this petition?</source>
        <translation>Would you like news about this petition?</translation>
    </message>
    <message>
        <location filename="../../ui/screens/news.py" line="42"/>
        <source>If you say yes, we ask for a phone number or an email address next.</source>
        <translation>If you say yes, we ask for a phone number or an email address next.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/news.py" line="44"/>
        <source>Yes, send me news</source>
        <translation>Yes, send me news</translation>
    </message>
    <message>
        <location filename="../../ui/screens/news.py" line="45"/>
        <source>No, thank you</source>
        <translation>No, thank you</translation>
    </message>
    <message>
        <location filename="../../ui/screens/news.py" line="46"/>
        <source>Back</source>
        <translation>Back</translation>
    </message>
    <message>
        <location filename="../../ui/screens/news.py" line="47"/>
        <source>Continue</source>
        <translation>Continue</translation>
    </message>
    <message>
        <location filename="../../ui/screens/news.py" line="52"/>
        <source>Please choose yes or no.</source>
        <translation>Please choose yes or no.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/news.py" line="74"/>
        <source>Press Yes if you want news about this petition by phone or email, or No if you do not. Either way your signature counts.</source>
        <translation>Press Yes if you want news about this petition by phone or email, or No if you do not. Either way your signature counts.</translation>
    </message>
</context>
<context>
    <name>NoDrawingScreen</name>
    <message>
        <location filename="../../ui/screens/no_drawing.py" line="79"/>
        <source>Signing without drawing</source>
        <translation>Signing without drawing</translation>
    </message>
    <message>
        <location filename="../../ui/screens/no_drawing.py" line="80"/>
        <source>I type my name</source>
        <translation>I type my name</translation>
    </message>
    <message>
        <location filename="../../ui/screens/no_drawing.py" line="81"/>
        <source>A volunteer helps me</source>
        <translation>A volunteer helps me</translation>
    </message>
    <message>
        <location filename="../../ui/screens/no_drawing.py" line="82"/>
        <source>Your full name</source>
        <translation>Your full name</translation>
    </message>
    <message>
        <location filename="../../ui/screens/no_drawing.py" line="83"/>
        <source>This typed name is my signature</source>
        <translation>This typed name is my signature</translation>
    </message>
    <message>
        <location filename="../../ui/screens/no_drawing.py" line="85"/>
        <source>A volunteer enters the volunteer PIN and their own code.</source>
        <translation>A volunteer enters the volunteer PIN and their own code.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/no_drawing.py" line="87"/>
        <source>Volunteer PIN</source>
        <translation>Volunteer PIN</translation>
    </message>
    <message>
        <location filename="../../ui/screens/no_drawing.py" line="88"/>
        <source>Volunteer code</source>
        <translation>Volunteer code</translation>
    </message>
    <message>
        <location filename="../../ui/screens/no_drawing.py" line="89"/>
        <source>Why is a volunteer helping?</source>
        <translation>Why is a volunteer helping?</translation>
    </message>
    <message>
        <location filename="../../ui/screens/no_drawing.py" line="91"/>
        <source>Hands are not steady</source>
        <translation>Hands are not steady</translation>
    </message>
    <message>
        <location filename="../../ui/screens/no_drawing.py" line="92"/>
        <source>Cannot see well</source>
        <translation>Cannot see well</translation>
    </message>
    <message>
        <location filename="../../ui/screens/no_drawing.py" line="93"/>
        <source>Cannot write</source>
        <translation>Cannot write</translation>
    </message>
    <message>
        <location filename="../../ui/screens/no_drawing.py" line="94"/>
        <source>Another reason</source>
        <translation>Another reason</translation>
    </message>
    <message>
        <location filename="../../ui/screens/no_drawing.py" line="165"/>
        <source>No volunteer PIN is set on this tablet. Ask the coordinator.</source>
        <translation>No volunteer PIN is set on this tablet. Ask the coordinator.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/no_drawing.py" line="167"/>
        <source>That is not the volunteer PIN.</source>
        <translation>That is not the volunteer PIN.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/no_drawing.py" line="168"/>
        <source>Too many wrong PINs. Ask the coordinator.</source>
        <translation>Too many wrong PINs. Ask the coordinator.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/no_drawing.py" line="174"/>
        <source>Type your name and tick the box, or ask a volunteer to help you. A volunteer enters the volunteer PIN, their code and why they help.</source>
        <translation>Type your name and tick the box, or ask a volunteer to help you. A volunteer enters the volunteer PIN, their code and why they help.</translation>
    </message>
</context>
<context>
    <name>OnScreenKeyboard</name>
    <message>
        <location filename="../../ui/widgets/keyboard.py" line="347"/>
        <source>Backspace</source>
        <translation>Backspace</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/keyboard.py" line="348"/>
        <source>Space</source>
        <translation>Space</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/keyboard.py" line="349"/>
        <source>Shift</source>
        <translation>Shift</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/keyboard.py" line="350"/>
        <source>Change keyboard language</source>
        <translation>Change keyboard language</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/keyboard.py" line="351"/>
        <source>Hide keyboard</source>
        <translation>Hide keyboard</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/keyboard.py" line="352"/>
        <source>Letters</source>
        <translation>Letters</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/keyboard.py" line="355"/>
        <source>Next</source>
        <translation>Next</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/keyboard.py" line="355"/>
        <source>Continue</source>
        <translation>Continue</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/keyboard.py" line="363"/>
        <source>On-screen keyboard</source>
        <translation>On-screen keyboard</translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <location filename="../../ui/console/overview.py" line="77"/>
        <source>This tablet today</source>
        <translation>This tablet today</translation>
    </message>
    <message>
        <location filename="../../ui/console/overview.py" line="78"/>
        <source>signed today</source>
        <translation>signed today</translation>
    </message>
    <message>
        <location filename="../../ui/console/overview.py" line="79"/>
        <source>signed on this tablet</source>
        <translation>signed on this tablet</translation>
    </message>
    <message>
        <location filename="../../ui/console/overview.py" line="80"/>
        <source>not yet sent</source>
        <translation>not yet sent</translation>
    </message>
    <message>
        <location filename="../../ui/console/overview.py" line="81"/>
        <source>acknowledged through no.</source>
        <translation>acknowledged through no.</translation>
    </message>
    <message>
        <location filename="../../ui/console/overview.py" line="82"/>
        <source>Signatures per hour today</source>
        <translation>Signatures per hour today</translation>
    </message>
    <message>
        <location filename="../../ui/console/overview.py" line="83"/>
        <source>Sync now</source>
        <translation>Sync now</translation>
    </message>
    <message>
        <location filename="../../ui/console/overview.py" line="84"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../ui/console/overview.py" line="100"/>
        <source>imza.toml has a mistake, so the defaults apply: %1</source>
        <translation>imza.toml has a mistake, so the defaults apply: %1</translation>
    </message>
    <message>
        <location filename="../../ui/console/overview.py" line="122"/>
        <source>A DEMO tablet never syncs.</source>
        <translation>A DEMO tablet never syncs.</translation>
    </message>
    <message>
        <location filename="../../ui/console/overview.py" line="124"/>
        <source>Not enrolled with a server yet: see Enrol.</source>
        <translation>Not enrolled with a server yet: see Enrol.</translation>
    </message>
    <message>
        <location filename="../../ui/console/overview.py" line="130"/>
        <source>Never synced.</source>
        <translation>Never synced.</translation>
    </message>
    <message>
        <location filename="../../ui/console/overview.py" line="131"/>
        <source>Last sync: %1.</source>
        <translation>Last sync: %1.</translation>
    </message>
    <message>
        <location filename="../../ui/console/overview.py" line="133"/>
        <source>The last try did not complete.</source>
        <translation>The last try did not complete.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/console/overview.py" line="135"/>
        <source>%n signature(s) still to send.</source>
        <translation>
            <numerusform>%n signature still to send.</numerusform>
            <numerusform>%n signatures still to send.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/console/overview.py" line="136"/>
        <source>Everything is sent.</source>
        <translation>Everything is sent.</translation>
    </message>
    <message>
        <location filename="../../ui/console/overview.py" line="141"/>
        <source>The server&apos;s count: not heard yet.</source>
        <translation>The server&apos;s count: not heard yet.</translation>
    </message>
    <message>
        <location filename="../../ui/console/overview.py" line="144"/>
        <source>The server counts at least %1 signers of %2, as of %3.</source>
        <translation>The server counts at least %1 signers of %2, as of %3.</translation>
    </message>
    <message>
        <location filename="../../ui/console/overview.py" line="152"/>
        <source>Chain check: running…</source>
        <translation>Chain check: running…</translation>
    </message>
    <message>
        <location filename="../../ui/console/overview.py" line="154"/>
        <source>Chain check: intact.</source>
        <translation>Chain check: intact.</translation>
    </message>
    <message>
        <location filename="../../ui/console/overview.py" line="155"/>
        <source>Chain check: DAMAGED. Do not wipe; call the campaign lead.</source>
        <translation>Chain check: DAMAGED. Do not wipe; call the campaign lead.</translation>
    </message>
    <message>
        <location filename="../../ui/console/overview.py" line="206"/>
        <source>Sending…</source>
        <translation>Sending…</translation>
    </message>
    <message>
        <location filename="../../ui/console/overview.py" line="217"/>
        <source>Sync complete.</source>
        <translation>Sync complete.</translation>
    </message>
    <message>
        <location filename="../../ui/console/overview.py" line="224"/>
        <source>Sync cancelled; it tries again later by itself.</source>
        <translation>Sync cancelled; it tries again later by itself.</translation>
    </message>
</context>
<context>
    <name>PausedOverlay</name>
    <message>
        <location filename="../../ui/widgets/paused.py" line="31"/>
        <source>This tablet is paused. A volunteer will be with you shortly.</source>
        <translation>This tablet is paused. A volunteer will be with you shortly.</translation>
    </message>
</context>
<context>
    <name>PetitionScreen</name>
    <message>
        <location filename="../../ui/screens/petition.py" line="78"/>
        <source>To: %1</source>
        <translation>To: %1</translation>
    </message>
    <message>
        <location filename="../../ui/screens/petition.py" line="80"/>
        <source>Facts as of %1.</source>
        <translation>Facts as of %1.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/petition.py" line="82"/>
        <source>Organisers</source>
        <translation>Organisers</translation>
    </message>
    <message>
        <location filename="../../ui/screens/petition.py" line="84"/>
        <source>Back</source>
        <translation>Back</translation>
    </message>
    <message>
        <location filename="../../ui/screens/petition.py" line="85"/>
        <source>I want to sign</source>
        <translation>I want to sign</translation>
    </message>
    <message>
        <location filename="../../ui/screens/petition.py" line="93"/>
        <source>Read the petition. Move the text up with your finger to see more. When you are ready, press the green button.</source>
        <translation>Read the petition. Move the text up with your finger to see more. When you are ready, press the green button.</translation>
    </message>
</context>
<context>
    <name>PinPad</name>
    <message>
        <location filename="../../ui/widgets/pinpad.py" line="125"/>
        <source>Digit %1</source>
        <translation>Digit %1</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/pinpad.py" line="127"/>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/pinpad.py" line="128"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/pinpad.py" line="129"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/pinpad.py" line="135"/>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/widgets/pinpad.py" line="163"/>
        <source>%n digits entered</source>
        <translation>
            <numerusform>%n digit entered</numerusform>
            <numerusform>%n digits entered</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PlacePicker</name>
    <message>
        <location filename="../../ui/widgets/place_picker.py" line="45"/>
        <source>%1 district</source>
        <translation>%1 district</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/place_picker.py" line="50"/>
        <source>My place is not in the list: keep “%1”</source>
        <translation>My place is not in the list: keep “%1”</translation>
    </message>
</context>
<context>
    <name>QuestionScreen</name>
    <message>
        <location filename="../../ui/screens/question.py" line="68"/>
        <source>Back</source>
        <translation>Back</translation>
    </message>
    <message>
        <location filename="../../ui/screens/question.py" line="69"/>
        <source>Continue</source>
        <translation>Continue</translation>
    </message>
</context>
<context>
    <name>ReadAloud</name>
    <message>
        <location filename="../../ui/read_aloud.py" line="37"/>
        <source>Stop ■</source>
        <translation>Stop ■</translation>
    </message>
    <message>
        <location filename="../../ui/read_aloud.py" line="37"/>
        <source>Listen ▶</source>
        <translation>Listen ▶</translation>
    </message>
    <message>
        <location filename="../../ui/read_aloud.py" line="38"/>
        <source>Listen</source>
        <translation>Listen</translation>
    </message>
</context>
<context>
    <name>ReadingCard</name>
    <message>
        <location filename="../../ui/widgets/reading_card.py" line="57"/>
        <source>Close</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>RenewingOverlay</name>
    <message>
        <location filename="../../ui/kiosk_sync.py" line="31"/>
        <source>One moment, please: this tablet is renewing its connection.</source>
        <translation>One moment, please: this tablet is renewing its connection.</translation>
    </message>
</context>
<context>
    <name>ReviewScreen</name>
    <message>
        <location filename="../../ui/screens/review.py" line="76"/>
        <source>Check your answers</source>
        <translation>Check your answers</translation>
    </message>
    <message>
        <location filename="../../ui/screens/review.py" line="78"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../ui/screens/review.py" line="79"/>
        <source>Village or town</source>
        <translation>Village or town</translation>
    </message>
    <message>
        <location filename="../../ui/screens/review.py" line="80"/>
        <source>News</source>
        <translation>News</translation>
    </message>
    <message>
        <location filename="../../ui/screens/review.py" line="81"/>
        <source>Signature</source>
        <translation>Signature</translation>
    </message>
    <message>
        <location filename="../../ui/screens/review.py" line="89"/>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <location filename="../../ui/screens/review.py" line="95"/>
        <source>Change</source>
        <translation>Change</translation>
    </message>
    <message>
        <location filename="../../ui/screens/review.py" line="97"/>
        <source>Change: %1</source>
        <translation>Change: %1</translation>
    </message>
    <message>
        <location filename="../../ui/screens/review.py" line="99"/>
        <source>Nothing is saved until you press “Sign the petition”.</source>
        <translation>Nothing is saved until you press “Sign the petition”.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/review.py" line="100"/>
        <source>Back</source>
        <translation>Back</translation>
    </message>
    <message>
        <location filename="../../ui/screens/review.py" line="101"/>
        <source>Sign the petition</source>
        <translation>Sign the petition</translation>
    </message>
    <message>
        <location filename="../../ui/screens/review.py" line="106"/>
        <source>Your typed name: %1</source>
        <translation>Your typed name: %1</translation>
    </message>
    <message>
        <location filename="../../ui/screens/review.py" line="108"/>
        <source>With the help of volunteer %1</source>
        <translation>With the help of volunteer %1</translation>
    </message>
    <message>
        <location filename="../../ui/screens/review.py" line="120"/>
        <source>Your signature</source>
        <translation>Your signature</translation>
    </message>
    <message>
        <location filename="../../ui/screens/review.py" line="125"/>
        <source>Check your answers. Press Change beside one to correct it. When all is right, press the green button to sign.</source>
        <translation>Check your answers. Press Change beside one to correct it. When all is right, press the green button to sign.</translation>
    </message>
</context>
<context>
    <name>Screen</name>
    <message>
        <location filename="../../ui/screens/base.py" line="34"/>
        <source>Step %1 of %2</source>
        <translation>Step %1 of %2</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../../ui/console/settings_page.py" line="80"/>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../../ui/console/settings_page.py" line="81"/>
        <source>Clear a form after (seconds)</source>
        <translation>Clear a form after (seconds)</translation>
    </message>
    <message>
        <location filename="../../ui/console/settings_page.py" line="83"/>
        <source>Clear while reading after (seconds)</source>
        <translation>Clear while reading after (seconds)</translation>
    </message>
    <message>
        <location filename="../../ui/console/settings_page.py" line="85"/>
        <source>Countdown before clearing (seconds)</source>
        <translation>Countdown before clearing (seconds)</translation>
    </message>
    <message>
        <location filename="../../ui/console/settings_page.py" line="86"/>
        <source>Longest signing (seconds)</source>
        <translation>Longest signing (seconds)</translation>
    </message>
    <message>
        <location filename="../../ui/console/settings_page.py" line="87"/>
        <source>Language a new signer starts in</source>
        <translation>Language a new signer starts in</translation>
    </message>
    <message>
        <location filename="../../ui/console/settings_page.py" line="88"/>
        <source>Change PIN</source>
        <translation>Change PIN</translation>
    </message>
    <message>
        <location filename="../../ui/console/settings_page.py" line="89"/>
        <source>Set volunteer PIN</source>
        <translation>Set volunteer PIN</translation>
    </message>
</context>
<context>
    <name>SettlementScreen</name>
    <message>
        <location filename="../../ui/screens/settlement.py" line="36"/>
        <source>Which village or town are you from?</source>
        <translation>Which village or town are you from?</translation>
    </message>
    <message>
        <location filename="../../ui/screens/settlement.py" line="38"/>
        <source>Type the first letters, then touch your place in the list under the box.</source>
        <translation>Type the first letters, then touch your place in the list under the box.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/settlement.py" line="40"/>
        <source>Village or town</source>
        <translation>Village or town</translation>
    </message>
    <message>
        <location filename="../../ui/screens/settlement.py" line="80"/>
        <source>%1 district</source>
        <translation>%1 district</translation>
    </message>
    <message>
        <location filename="../../ui/screens/settlement.py" line="82"/>
        <source>✓ %1, %2</source>
        <translation>✓ %1, %2</translation>
    </message>
    <message>
        <location filename="../../ui/screens/settlement.py" line="101"/>
        <source>Type the first letters of your village or town. Places that match appear under the box: touch yours. If it is not there, type it in full and press Continue.</source>
        <translation>Type the first letters of your village or town. Places that match appear under the box: touch yours. If it is not there, type it in full and press Continue.</translation>
    </message>
</context>
<context>
    <name>SignaturePad</name>
    <message>
        <location filename="../../ui/widgets/signature_pad.py" line="47"/>
        <source>Signature pad</source>
        <translation>Signature pad</translation>
    </message>
</context>
<context>
    <name>SignatureScreen</name>
    <message>
        <location filename="../../ui/screens/signature.py" line="73"/>
        <source>Sign with your finger in the white box</source>
        <translation>Sign with your finger in the white box</translation>
    </message>
    <message>
        <location filename="../../ui/screens/signature.py" line="74"/>
        <source>Signature box</source>
        <translation>Signature box</translation>
    </message>
    <message>
        <location filename="../../ui/screens/signature.py" line="75"/>
        <source>Clear</source>
        <translation>Clear</translation>
    </message>
    <message>
        <location filename="../../ui/screens/signature.py" line="76"/>
        <source>I can&apos;t sign with my finger</source>
        <translation>I can&apos;t sign with my finger</translation>
    </message>
    <message>
        <location filename="../../ui/screens/signature.py" line="78"/>
        <source>Back</source>
        <translation>Back</translation>
    </message>
    <message>
        <location filename="../../ui/screens/signature.py" line="79"/>
        <source>Continue</source>
        <translation>Continue</translation>
    </message>
    <message>
        <location filename="../../ui/screens/signature.py" line="101"/>
        <source>Sign in the white box with your finger, as on paper. Clear starts again. If you cannot sign with your finger, press the button under the box.</source>
        <translation>Sign in the white box with your finger, as on paper. Clear starts again. If you cannot sign with your finger, press the button under the box.</translation>
    </message>
</context>
<context>
    <name>SignerHeader</name>
    <message>
        <location filename="../../ui/header.py" line="42"/>
        <source>Change language</source>
        <translation>Change language</translation>
    </message>
    <message>
        <location filename="../../ui/header.py" line="44"/>
        <source>Smaller text</source>
        <translation>Smaller text</translation>
    </message>
    <message>
        <location filename="../../ui/header.py" line="44"/>
        <location filename="../../ui/header.py" line="46"/>
        <source>Larger text</source>
        <translation>Larger text</translation>
    </message>
    <message>
        <location filename="../../ui/header.py" line="47"/>
        <location filename="../../ui/header.py" line="48"/>
        <source>Help</source>
        <translation>Help</translation>
    </message>
</context>
<context>
    <name>StatusStrip</name>
    <message numerus="yes">
        <location filename="../../ui/widgets/status_strip.py" line="57"/>
        <source>Unsent: %n</source>
        <translation>
            <numerusform>Unsent: %n</numerusform>
            <numerusform>Unsent: %n</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/widgets/status_strip.py" line="59"/>
        <source>Last sync: %1</source>
        <translation>Last sync: %1</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/status_strip.py" line="61"/>
        <source>Never synced</source>
        <translation>Never synced</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/status_strip.py" line="66"/>
        <source>Battery: unknown</source>
        <translation>Battery: unknown</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/status_strip.py" line="69"/>
        <source>Battery: %1%</source>
        <translation>Battery: %1%</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/status_strip.py" line="74"/>
        <source>Check the tablet&apos;s clock: it is behind</source>
        <translation>Check the tablet&apos;s clock: it is behind</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/status_strip.py" line="102"/>
        <source>Sending %1 of %2 — slow connection</source>
        <translation>Sending %1 of %2 — slow connection</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/status_strip.py" line="102"/>
        <source>Sending %1 of %2</source>
        <translation>Sending %1 of %2</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/status_strip.py" line="123"/>
        <source>Waiting for the campaign lead to approve this tablet (number %1)</source>
        <translation>Waiting for the campaign lead to approve this tablet (number %1)</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/status_strip.py" line="100"/>
        <source>Sending…</source>
        <translation>Sending…</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/status_strip.py" line="126"/>
        <source>Not sent: no connection to the server; will try again</source>
        <translation>Not sent: no connection to the server; will try again</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/status_strip.py" line="128"/>
        <source>Not sent: today&apos;s data limit is used up; sending resumes tomorrow</source>
        <translation>Not sent: today&apos;s data limit is used up; sending resumes tomorrow</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/status_strip.py" line="130"/>
        <source>Not sent: the server is busy; will try again</source>
        <translation>Not sent: the server is busy; will try again</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/status_strip.py" line="132"/>
        <source>Another sync is running; will try again</source>
        <translation>Another sync is running; will try again</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/status_strip.py" line="134"/>
        <source>Not sent: this tablet renews its identity when nobody is signing</source>
        <translation>Not sent: this tablet renews its identity when nobody is signing</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/status_strip.py" line="136"/>
        <source>Not sent: needs the coordinator: re-enrol</source>
        <translation>Not sent: needs the coordinator: re-enrol</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/status_strip.py" line="137"/>
        <source>Not sent: ask the coordinator to check the sync</source>
        <translation>Not sent: ask the coordinator to check the sync</translation>
    </message>
</context>
<context>
    <name>TellApartScreen</name>
    <message>
        <location filename="../../ui/screens/tell_apart.py" line="29"/>
        <source>Help us tell you apart</source>
        <translation>Help us tell you apart</translation>
    </message>
    <message>
        <location filename="../../ui/screens/tell_apart.py" line="30"/>
        <source>Give your father&apos;s name, your year of birth, or both.</source>
        <translation>Give your father&apos;s name, your year of birth, or both.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/tell_apart.py" line="31"/>
        <source>Father&apos;s name</source>
        <translation>Father&apos;s name</translation>
    </message>
    <message>
        <location filename="../../ui/screens/tell_apart.py" line="32"/>
        <source>Year of birth</source>
        <translation>Year of birth</translation>
    </message>
    <message>
        <location filename="../../ui/screens/tell_apart.py" line="54"/>
        <source>Someone with your name and place has signed here before. Your father&apos;s name or your year of birth shows that you are another person.</source>
        <translation>Someone with your name and place has signed here before. Your father&apos;s name or your year of birth shows that you are another person.</translation>
    </message>
</context>
<context>
    <name>ThanksScreen</name>
    <message>
        <location filename="../../ui/screens/thanks.py" line="67"/>
        <source>Thank you!</source>
        <translation>Thank you!</translation>
    </message>
    <message>
        <location filename="../../ui/screens/thanks.py" line="70"/>
        <source>Your signature is already counted. There is no need to sign again.</source>
        <translation>Your signature is already counted. There is no need to sign again.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/thanks.py" line="65"/>
        <source>Thank you, %1!</source>
        <translation>Thank you, %1!</translation>
    </message>
    <message>
        <location filename="../../ui/screens/thanks.py" line="76"/>
        <source>This was practice: this tablet is in demo mode, so your signature is not counted. Ask a volunteer where to sign for real.</source>
        <translation>This was practice: this tablet is in demo mode, so your signature is not counted. Ask a volunteer where to sign for real.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/thanks.py" line="84"/>
        <source>Your signature is saved on this tablet. It will be sent when the tablet next connects.</source>
        <translation>Your signature is saved on this tablet. It will be sent when the tablet next connects.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/screens/thanks.py" line="90"/>
        <source>Today %n people have signed on this tablet.</source>
        <translation>
            <numerusform>Today %n person has signed on this tablet.</numerusform>
            <numerusform>Today %n people have signed on this tablet.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/screens/thanks.py" line="91"/>
        <source>Your receipt code</source>
        <translation>Your receipt code</translation>
    </message>
    <message>
        <location filename="../../ui/screens/thanks.py" line="94"/>
        <source>A practice code: on a campaign tablet, this is where the code to withdraw a signature later is shown, once.</source>
        <translation>A practice code: on a campaign tablet, this is where the code to withdraw a signature later is shown, once.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/thanks.py" line="99"/>
        <source>Write it down or photograph the square. With this code you can withdraw your signature later. It is shown only once.</source>
        <translation>Write it down or photograph the square. With this code you can withdraw your signature later. It is shown only once.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/thanks.py" line="114"/>
        <source>QR code of your receipt code</source>
        <translation>QR code of your receipt code</translation>
    </message>
    <message>
        <location filename="../../ui/screens/thanks.py" line="119"/>
        <source>Your signature is saved. Keep the receipt code if you may want to withdraw your signature later. Press Done when you have finished.</source>
        <translation>Your signature is saved. Keep the receipt code if you may want to withdraw your signature later. Press Done when you have finished.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/thanks.py" line="103"/>
        <source>Done</source>
        <translation>Done</translation>
    </message>
</context>
<context>
    <name>VolunteerPanel</name>
    <message>
        <location filename="../../ui/volunteer_panel.py" line="49"/>
        <source>Volunteer</source>
        <translation>Volunteer</translation>
    </message>
    <message>
        <location filename="../../ui/volunteer_panel.py" line="52"/>
        <source>Today: %1, volunteer %2</source>
        <translation>Today: %1, volunteer %2</translation>
    </message>
    <message>
        <location filename="../../ui/volunteer_panel.py" line="54"/>
        <source>No day started yet.</source>
        <translation>No day started yet.</translation>
    </message>
    <message>
        <location filename="../../ui/volunteer_panel.py" line="56"/>
        <source>Site (where the tablet is today)</source>
        <translation>Site (where the tablet is today)</translation>
    </message>
    <message>
        <location filename="../../ui/volunteer_panel.py" line="57"/>
        <source>Your volunteer code</source>
        <translation>Your volunteer code</translation>
    </message>
    <message>
        <location filename="../../ui/volunteer_panel.py" line="58"/>
        <source>Start the day</source>
        <translation>Start the day</translation>
    </message>
    <message>
        <location filename="../../ui/volunteer_panel.py" line="60"/>
        <source>Resume the kiosk</source>
        <translation>Resume the kiosk</translation>
    </message>
    <message>
        <location filename="../../ui/volunteer_panel.py" line="60"/>
        <source>Pause the kiosk</source>
        <translation>Pause the kiosk</translation>
    </message>
    <message>
        <location filename="../../ui/volunteer_panel.py" line="62"/>
        <source>Back to the kiosk</source>
        <translation>Back to the kiosk</translation>
    </message>
</context>
<context>
    <name>WelcomeScreen</name>
    <message>
        <location filename="../../ui/screens/welcome.py" line="87"/>
        <source>Read and sign the petition</source>
        <translation>Read and sign the petition</translation>
    </message>
    <message>
        <location filename="../../ui/screens/welcome.py" line="99"/>
        <source>The battery is too low to start a new signature. Please ask a volunteer to charge the tablet.</source>
        <translation>The battery is too low to start a new signature. Please ask a volunteer to charge the tablet.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/screens/welcome.py" line="119"/>
        <source>%n signature(s) on this tablet so far.</source>
        <translation>
            <numerusform>%n signature on this tablet so far.</numerusform>
            <numerusform>%n signatures on this tablet so far.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/screens/welcome.py" line="124"/>
        <source>At least %Ln signature(s) as of %1 + %2 on this tablet.</source>
        <translation>
            <numerusform>At least %Ln signature as of %1 + %2 on this tablet.</numerusform>
            <numerusform>At least %Ln signatures as of %1 + %2 on this tablet.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/screens/welcome.py" line="127"/>
        <source>At least %Ln signature(s) as of %1.</source>
        <translation>
            <numerusform>At least %Ln signature as of %1.</numerusform>
            <numerusform>At least %Ln signatures as of %1.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/screens/welcome.py" line="136"/>
        <source>Next milestone: %1. Our goal: %2 signatures.</source>
        <translation>Next milestone: %1. Our goal: %2 signatures.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/welcome.py" line="145"/>
        <source>This tablet collects signatures for the petition shown here. Choose your language, then press the green button to read and sign.</source>
        <translation>This tablet collects signatures for the petition shown here. Choose your language, then press the green button to read and sign.</translation>
    </message>
</context>
<context>
    <name>WithdrawPage</name>
    <message>
        <location filename="../../ui/console/withdraw_page.py" line="40"/>
        <source>Withdraw a signature</source>
        <translation>Withdraw a signature</translation>
    </message>
    <message>
        <location filename="../../ui/console/withdraw_page.py" line="43"/>
        <source>The signer shows the receipt code from their thank-you screen. The signature then no longer counts, on this tablet or any other.</source>
        <translation>The signer shows the receipt code from their thank-you screen. The signature then no longer counts, on this tablet or any other.</translation>
    </message>
    <message>
        <location filename="../../ui/console/withdraw_page.py" line="47"/>
        <source>Withdraw…</source>
        <translation>Withdraw…</translation>
    </message>
    <message>
        <location filename="../../ui/console/withdraw_page.py" line="48"/>
        <source>Yes, withdraw it</source>
        <translation>Yes, withdraw it</translation>
    </message>
    <message>
        <location filename="../../ui/console/withdraw_page.py" line="49"/>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <location filename="../../ui/console/withdraw_page.py" line="55"/>
        <source>Withdraw the signature with code %1? This cannot be undone.</source>
        <translation>Withdraw the signature with code %1? This cannot be undone.</translation>
    </message>
    <message>
        <location filename="../../ui/console/withdraw_page.py" line="64"/>
        <source>That is not a receipt code (12 letters and digits, like 7KQ2 M9XD 4HTB).</source>
        <translation>That is not a receipt code (12 letters and digits, like 7KQ2 M9XD 4HTB).</translation>
    </message>
    <message>
        <location filename="../../ui/console/withdraw_page.py" line="77"/>
        <source>That signature is already withdrawn.</source>
        <translation>That signature is already withdrawn.</translation>
    </message>
    <message>
        <location filename="../../ui/console/withdraw_page.py" line="81"/>
        <source>Withdrawn. It no longer counts on this tablet; the server hears of it at the next sync.</source>
        <translation>Withdrawn. It no longer counts on this tablet; the server hears of it at the next sync.</translation>
    </message>
    <message>
        <location filename="../../ui/console/withdraw_page.py" line="84"/>
        <source>Withdrawn. The signature was taken on another tablet: the server removes it there at the next sync.</source>
        <translation>Withdrawn. The signature was taken on another tablet: the server removes it there at the next sync.</translation>
    </message>
</context>
<context>
    <name>validation</name>
    <message>
        <location filename="../../ui/widgets/validation_text.py" line="13"/>
        <source>Please fill this in.</source>
        <translation>Please fill this in.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/validation_text.py" line="14"/>
        <source>This contains characters that cannot be used.</source>
        <translation>This contains characters that cannot be used.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/validation_text.py" line="17"/>
        <source>This is too long.</source>
        <translation>This is too long.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/validation_text.py" line="18"/>
        <source>This cannot start with =, +, - or @.</source>
        <translation>This cannot start with =, +, - or @.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/validation_text.py" line="19"/>
        <source>Please use only letters, digits, spaces and the marks &apos; - . , ( ).</source>
        <translation>Please use only letters, digits, spaces and the marks &apos; - . , ( ).</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/validation_text.py" line="22"/>
        <source>Please use letters.</source>
        <translation>Please use letters.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/validation_text.py" line="23"/>
        <source>Please enter a phone number of 7 to 15 digits.</source>
        <translation>Please enter a phone number of 7 to 15 digits.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/validation_text.py" line="26"/>
        <source>Please enter an email address like name@example.az.</source>
        <translation>Please enter an email address like name@example.az.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/validation_text.py" line="29"/>
        <source>Please give a phone number or an email address for updates.</source>
        <translation>Please give a phone number or an email address for updates.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/validation_text.py" line="32"/>
        <source>Contact details are kept only if you ask for updates.</source>
        <translation>Contact details are kept only if you ask for updates.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/validation_text.py" line="35"/>
        <source>Please enter a year of birth of four digits.</source>
        <translation>Please enter a year of birth of four digits.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/validation_text.py" line="38"/>
        <source>Please confirm that you are old enough to sign.</source>
        <translation>Please confirm that you are old enough to sign.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/validation_text.py" line="41"/>
        <source>Please confirm that you sign only for yourself.</source>
        <translation>Please confirm that you sign only for yourself.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/validation_text.py" line="44"/>
        <source>Please agree to how your data is used, or you cannot sign.</source>
        <translation>Please agree to how your data is used, or you cannot sign.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/validation_text.py" line="47"/>
        <source>Please sign a little larger.</source>
        <translation>Please sign a little larger.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/validation_text.py" line="48"/>
        <source>The drawing could not be read. Please clear it and sign again.</source>
        <translation>The drawing could not be read. Please clear it and sign again.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/validation_text.py" line="51"/>
        <source>Please choose how to sign.</source>
        <translation>Please choose how to sign.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/validation_text.py" line="52"/>
        <source>The volunteer code is 3 to 12 letters or digits.</source>
        <translation>The volunteer code is 3 to 12 letters or digits.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/validation_text.py" line="55"/>
        <source>This language is not offered for this petition.</source>
        <translation>This language is not offered for this petition.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/validation_text.py" line="58"/>
        <source>Please tick the box to confirm that this is your signature.</source>
        <translation>Please tick the box to confirm that this is your signature.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/validation_text.py" line="61"/>
        <source>Please choose why a volunteer is helping.</source>
        <translation>Please choose why a volunteer is helping.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/validation_text.py" line="64"/>
        <source>Please choose the place again from the list.</source>
        <translation>Please choose the place again from the list.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/validation_text.py" line="67"/>
        <source>Please add your father&apos;s name or your year of birth, so we can tell you apart.</source>
        <translation>Please add your father&apos;s name or your year of birth, so we can tell you apart.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/validation_text.py" line="84"/>
        <source>Enter your given name.</source>
        <translation>Enter your given name.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/validation_text.py" line="85"/>
        <source>Enter your surname.</source>
        <translation>Enter your surname.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/validation_text.py" line="86"/>
        <source>Enter your village or town.</source>
        <translation>Enter your village or town.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/validation_text.py" line="87"/>
        <source>Enter your full name.</source>
        <translation>Enter your full name.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/validation_text.py" line="88"/>
        <source>Enter the volunteer&apos;s code.</source>
        <translation>Enter the volunteer&apos;s code.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/validation_text.py" line="89"/>
        <source>Enter the volunteer PIN.</source>
        <translation>Enter the volunteer PIN.</translation>
    </message>
</context>
</TS>
