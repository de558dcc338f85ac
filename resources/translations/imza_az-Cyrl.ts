<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="az_Cyrl_AZ">
<context>
    <name>ConsentsScreen</name>
    <message>
        <location filename="../../ui/screens/consents.py" line="58"/>
        <source>How your signature is used</source>
        <translation>Имзаныздан неҹә истифадә олунур</translation>
    </message>
    <message>
        <location filename="../../ui/screens/consents.py" line="47"/>
        <source>Who keeps it</source>
        <translation>Ким сахлајыр</translation>
    </message>
    <message>
        <location filename="../../ui/screens/consents.py" line="29"/>
        <source>Do you agree?</source>
        <translation>Разысынызмы?</translation>
    </message>
    <message>
        <location filename="../../ui/screens/consents.py" line="31"/>
        <source>How your signature is used ›</source>
        <translation>Имзаныздан неҹә истифадә олунур ›</translation>
    </message>
    <message>
        <location filename="../../ui/screens/consents.py" line="32"/>
        <source>Who keeps it, what for, who receives the list, how to withdraw</source>
        <translation>Ким сахлајыр, нә үчүн, сијаһы кимә тәгдим олунур, имзаны неҹә ҝери ҝөтүрмәк олар</translation>
    </message>
    <message>
        <location filename="../../ui/screens/consents.py" line="38"/>
        <source>I agree to my signature being used as described</source>
        <translation>Имзамдан тәсвир олундуғу кими истифадә олунмасына разыјам</translation>
    </message>
    <message>
        <location filename="../../ui/screens/consents.py" line="48"/>
        <source>What for</source>
        <translation>Нә үчүн</translation>
    </message>
    <message>
        <location filename="../../ui/screens/consents.py" line="49"/>
        <source>What is kept</source>
        <translation>Нә сахланылыр</translation>
    </message>
    <message>
        <location filename="../../ui/screens/consents.py" line="50"/>
        <source>Who receives the list</source>
        <translation>Сијаһы кимә тәгдим олунур</translation>
    </message>
    <message>
        <location filename="../../ui/screens/consents.py" line="51"/>
        <source>How to withdraw</source>
        <translation>Имзанызы неҹә ҝери ҝөтүрмәк олар</translation>
    </message>
    <message>
        <location filename="../../ui/screens/consents.py" line="52"/>
        <source>How long it is kept</source>
        <translation>Нә гәдәр сахланылыр</translation>
    </message>
    <message>
        <location filename="../../ui/screens/consents.py" line="80"/>
        <source>Touch each of the three sentences you agree with: a tick appears in its box. The button above them shows how your signature is used.</source>
        <translation>Разы олдуғунуз үч ҹүмләнин һәр биринә тохунун: онун ханасында ишарә ҝөрүнәҹәк. Онларын үстүндәки дүјмә имзаныздан неҹә истифадә олундуғуну ҝөстәрир.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/consents.py" line="36"/>
        <source>I am %1 years old or older</source>
        <translation>Мәним %1 јашым тамам олуб</translation>
    </message>
    <message>
        <location filename="../../ui/screens/consents.py" line="37"/>
        <source>I sign only for myself</source>
        <translation>Јалныз өз адымдан имзалајырам</translation>
    </message>
</context>
<context>
    <name>ConsolePanel</name>
    <message>
        <location filename="../../ui/console/panel.py" line="135"/>
        <source>Coordinator</source>
        <translation>Координатор</translation>
    </message>
    <message>
        <location filename="../../ui/console/panel.py" line="136"/>
        <source>Today and sync</source>
        <translation>Бу ҝүн вә синхронлашма</translation>
    </message>
    <message>
        <location filename="../../ui/console/panel.py" line="136"/>
        <source>Hand-over (USB)</source>
        <translation>Тәһвил (USB)</translation>
    </message>
    <message>
        <location filename="../../ui/console/panel.py" line="136"/>
        <source>Enrol</source>
        <translation>Гејдијјат</translation>
    </message>
    <message>
        <location filename="../../ui/console/panel.py" line="137"/>
        <source>Withdraw</source>
        <translation>Имзаны ҝери ҝөтүр</translation>
    </message>
    <message>
        <location filename="../../ui/console/panel.py" line="137"/>
        <source>Day&apos;s end</source>
        <translation>Ҝүнүн сону</translation>
    </message>
    <message>
        <location filename="../../ui/console/panel.py" line="137"/>
        <source>Settings</source>
        <translation>Ајарлар</translation>
    </message>
    <message>
        <location filename="../../ui/console/panel.py" line="140"/>
        <source>Back to the kiosk</source>
        <translation>Киоска гајыт</translation>
    </message>
    <message>
        <location filename="../../ui/console/panel.py" line="141"/>
        <source>Leave kiosk mode</source>
        <translation>Киоск режиминдән чых</translation>
    </message>
    <message>
        <location filename="../../ui/console/panel.py" line="144"/>
        <source>Yes, leave kiosk mode</source>
        <translation>Бәли, киоск режиминдән чых</translation>
    </message>
    <message>
        <location filename="../../ui/console/panel.py" line="145"/>
        <source>No, stay</source>
        <translation>Хејр, гал</translation>
    </message>
    <message>
        <location filename="../../ui/console/panel.py" line="148"/>
        <source>Leave kiosk mode? The tablet collects no signatures until Imza is started again.</source>
        <translation>Киоск режиминдән чыхылсын? Имза програмы јенидән ишә салынана гәдәр планшет имза топламајаҹаг.</translation>
    </message>
</context>
<context>
    <name>ContactScreen</name>
    <message>
        <location filename="../../ui/screens/contact.py" line="29"/>
        <source>How can we send you news?</source>
        <translation>Хәбәрләри сизә неҹә ҝөндәрәк?</translation>
    </message>
    <message>
        <location filename="../../ui/screens/contact.py" line="32"/>
        <source>A phone number, an email address, or both. Used only for news about this petition, never given to anyone.</source>
        <translation>Телефон нөмрәси, е-почт үнваны вә ја һәр икиси. Јалныз бу петисија һаггында хәбәрләр үчүн истифадә олунур, һеч кимә верилмир.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/contact.py" line="36"/>
        <source>Phone number</source>
        <translation>Телефон нөмрәси</translation>
    </message>
    <message>
        <location filename="../../ui/screens/contact.py" line="37"/>
        <source>Email address</source>
        <translation>Е-почт үнваны</translation>
    </message>
    <message>
        <location filename="../../ui/screens/contact.py" line="52"/>
        <source>Type a phone number or an email address, or both, for news about this petition. Back takes you to the question about news if you do not want it after all.</source>
        <translation>Бу петисија һаггында хәбәр алмаг үчүн телефон нөмрәси, е-почт үнваны вә ја һәр икисини јазын. Фикринизи дәјишиб хәбәр истәмирсинизсә, “Ҝери” дүјмәси сизи хәбәрләр суалына гајтарыр.</translation>
    </message>
</context>
<context>
    <name>DayEndPage</name>
    <message>
        <location filename="../../ui/console/dayend_page.py" line="72"/>
        <source>signed by drawing</source>
        <translation>әл илә имзалајанлар</translation>
    </message>
    <message>
        <location filename="../../ui/console/dayend_page.py" line="73"/>
        <source>typed name and tick</source>
        <translation>адыны јазыб хананы ишарәләјәнләр</translation>
    </message>
    <message>
        <location filename="../../ui/console/dayend_page.py" line="74"/>
        <source>assisted by a volunteer</source>
        <translation>көнүллүнүн көмәји илә</translation>
    </message>
    <message>
        <location filename="../../ui/console/dayend_page.py" line="75"/>
        <source>acknowledged by the server</source>
        <translation>сервер тәсдигләјиб</translation>
    </message>
    <message>
        <location filename="../../ui/console/dayend_page.py" line="76"/>
        <source>not yet sent</source>
        <translation>һәлә ҝөндәрилмәјиб</translation>
    </message>
    <message>
        <location filename="../../ui/console/dayend_page.py" line="77"/>
        <source>withdrawn</source>
        <translation>ҝери ҝөтүрүлүб</translation>
    </message>
    <message>
        <location filename="../../ui/console/dayend_page.py" line="81"/>
        <source>Day&apos;s end</source>
        <translation>Ҝүнүн сону</translation>
    </message>
    <message>
        <location filename="../../ui/console/dayend_page.py" line="84"/>
        <source>Save summary as PDF</source>
        <translation>Хүласәни PDF кими сахла</translation>
    </message>
    <message>
        <location filename="../../ui/console/dayend_page.py" line="85"/>
        <source>Wipe what the server holds…</source>
        <translation>Сервердә оланлары сил…</translation>
    </message>
    <message>
        <location filename="../../ui/console/dayend_page.py" line="150"/>
        <source>Erase every acknowledged signature from this tablet? The server keeps them. This cannot be undone.</source>
        <translation>Сервер тәрәфиндән тәсдигләнмиш бүтүн имзалар бу планшетдән силинсин? Сервер онлары сахлајыр. Буну сонра ләғв етмәк олмаз.</translation>
    </message>
    <message>
        <location filename="../../ui/console/dayend_page.py" line="86"/>
        <source>Yes, wipe</source>
        <translation>Бәли, сил</translation>
    </message>
    <message>
        <location filename="../../ui/console/dayend_page.py" line="87"/>
        <source>No</source>
        <translation>Хејр</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/console/dayend_page.py" line="96"/>
        <source>%1: %n signature(s) today.</source>
        <translation>
            <numerusform>%1: бу ҝүн %n имза.</numerusform>
            <numerusform>%1: бу ҝүн %n имза.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/console/dayend_page.py" line="116"/>
        <source>Could not save there: is the USB stick still there?</source>
        <translation>Ора сахламаг алынмады: USB фләшкарт һәлә тахылыдыр?</translation>
    </message>
    <message>
        <location filename="../../ui/console/dayend_page.py" line="118"/>
        <source>Saved to %1.</source>
        <translation>Сахланылды: %1.</translation>
    </message>
    <message>
        <location filename="../../ui/console/dayend_page.py" line="127"/>
        <source>Day&apos;s end summary</source>
        <translation>Ҝүнүн хүласәси</translation>
    </message>
    <message>
        <location filename="../../ui/console/dayend_page.py" line="129"/>
        <source>DEMO: practice signatures, never counted.</source>
        <translation>НҮМУНӘ: мәшг имзаларыдыр, һеч вахт сајылмыр.</translation>
    </message>
    <message>
        <location filename="../../ui/console/dayend_page.py" line="130"/>
        <source>Campaign: %1</source>
        <translation>Кампанија: %1</translation>
    </message>
    <message>
        <location filename="../../ui/console/dayend_page.py" line="131"/>
        <source>Tablet: %1</source>
        <translation>Планшет: %1</translation>
    </message>
    <message>
        <location filename="../../ui/console/dayend_page.py" line="134"/>
        <source>Signatures</source>
        <translation>Имзалар</translation>
    </message>
    <message>
        <location filename="../../ui/console/dayend_page.py" line="137"/>
        <source>Signatures per hour today</source>
        <translation>Бу ҝүн саатлар үзрә имзалар</translation>
    </message>
    <message>
        <location filename="../../ui/console/dayend_page.py" line="138"/>
        <source>Counts only: this summary holds no names and needs no key.</source>
        <translation>Јалныз сајлар: бу хүласәдә ад јохдур вә ону ачмаг үчүн ачар лазым дејил.</translation>
    </message>
    <message>
        <location filename="../../ui/console/dayend_page.py" line="145"/>
        <source>The chain check found damage: do not wipe; call the campaign lead.</source>
        <translation>Зәнҹир јохламасы зәдә ашкар етди: силмәјин; кампанија рәһбәринә мүраҹиәт един.</translation>
    </message>
    <message>
        <location filename="../../ui/console/dayend_page.py" line="157"/>
        <source>Wiping…</source>
        <translation>Силинир…</translation>
    </message>
    <message>
        <location filename="../../ui/console/dayend_page.py" line="168"/>
        <source>The wipe did not complete. Nothing was lost.</source>
        <translation>Силмә баша чатмады. Һеч нә итмәјиб.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/console/dayend_page.py" line="171"/>
        <source>Not wiped: %n record(s) are not yet acknowledged by the server. Sync, or hand over and load the receipt, first.</source>
        <translation>
            <numerusform>Һеч нә силинмәди: сервер һәлә %n гејди тәсдигләмәјиб. Әввәлҹә синхронлашдырын вә ја тәһвил вериб гәбзи јүкләјин.</numerusform>
            <numerusform>Һеч нә силинмәди: сервер һәлә %n гејди тәсдигләмәјиб. Әввәлҹә синхронлашдырын вә ја тәһвил вериб гәбзи јүкләјин.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/console/dayend_page.py" line="175"/>
        <source>Nothing to wipe.</source>
        <translation>Силинәҹәк һеч нә јохдур.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/console/dayend_page.py" line="180"/>
        <source>Wiped %n signature record(s). The tablet is ready for tomorrow.</source>
        <translation>
            <numerusform>%n имза гејди силинди. Планшет сабаһа һазырдыр.</numerusform>
            <numerusform>%n имза гејди силинди. Планшет сабаһа һазырдыр.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DimOverlay</name>
    <message>
        <location filename="../../ui/widgets/dim_overlay.py" line="22"/>
        <source>Screen dimmed: touch to wake</source>
        <translation>Екран гаралдылыб: ојатмаг үчүн тохунун</translation>
    </message>
</context>
<context>
    <name>DuplicateScreen</name>
    <message>
        <location filename="../../ui/screens/duplicate.py" line="48"/>
        <source>Have you already signed on this tablet?</source>
        <translation>Сиз артыг бу планшетдә имза атмысыныз?</translation>
    </message>
    <message>
        <location filename="../../ui/screens/duplicate.py" line="52"/>
        <source>Someone called %1 from %2 has already signed on this tablet. Is that you?</source>
        <translation>%2 сакини %1 артыг бу планшетдә имза атыб. О сиз идиниз?</translation>
    </message>
    <message>
        <location filename="../../ui/screens/duplicate.py" line="56"/>
        <source>Yes, that was me</source>
        <translation>Бәли, о мән идим</translation>
    </message>
    <message>
        <location filename="../../ui/screens/duplicate.py" line="57"/>
        <source>No, that is someone else</source>
        <translation>Хејр, о башгасыдыр</translation>
    </message>
    <message>
        <location filename="../../ui/screens/duplicate.py" line="58"/>
        <source>Back</source>
        <translation>Ҝери</translation>
    </message>
    <message>
        <location filename="../../ui/screens/duplicate.py" line="66"/>
        <source>This tablet already has a signature with the same name and place. If it was yours, press Yes: it is counted. If not, press No and we will ask one more thing.</source>
        <translation>Бу планшетдә артыг ејни ад вә јер илә имза вар. О сизинсә, “Бәли” дүјмәсини басын: имзаныз сајылыб. Сизин дејилсә, “Хејр” дүјмәсини басын, сиздән даһа бир шеј сорушаҹағыг.</translation>
    </message>
</context>
<context>
    <name>EnrolPage</name>
    <message>
        <location filename="../../ui/console/enrol_page.py" line="55"/>
        <source>Enrol with the campaign&apos;s server</source>
        <translation>Кампанијанын сервериндә гејдијјат</translation>
    </message>
    <message>
        <location filename="../../ui/console/enrol_page.py" line="57"/>
        <source>This tablet&apos;s device number is below. Read it out to the campaign lead: they approve this tablet when the same number is on their dashboard.</source>
        <translation>Бу планшетин ҹиһаз нөмрәси ашағыдадыр. Ону кампанија рәһбәринә охујун: рәһбәр кампанија панелиндә ејни нөмрәни ҝөрәндә бу планшети тәсдигләјир.</translation>
    </message>
    <message>
        <location filename="../../ui/console/enrol_page.py" line="60"/>
        <source>Server address</source>
        <translation>Серверин үнваны</translation>
    </message>
    <message>
        <location filename="../../ui/console/enrol_page.py" line="61"/>
        <source>Enrolment code from the campaign lead</source>
        <translation>Кампанија рәһбәриндән алынан гејдијјат коду</translation>
    </message>
    <message>
        <location filename="../../ui/console/enrol_page.py" line="62"/>
        <source>Enrol this tablet</source>
        <translation>Бу планшети гејдијјатдан кечир</translation>
    </message>
    <message>
        <location filename="../../ui/console/enrol_page.py" line="70"/>
        <source>Campaign key: %1. The code starts with its first six characters: compare them with what the campaign lead reads out.</source>
        <translation>Кампанија ачары: %1. Код онун илк алты символу илә башлајыр: онлары кампанија рәһбәринин охудуғу илә тутушдурун.</translation>
    </message>
    <message>
        <location filename="../../ui/console/enrol_page.py" line="83"/>
        <source>This tablet runs in DEMO mode. Enrolling makes it a campaign tablet: its practice signatures are erased; PINs and settings stay.</source>
        <translation>Бу планшет НҮМУНӘ режиминдә ишләјир. Гејдијјатдан сонра о, кампанија планшетинә чеврилир: мәшг имзалары силинир; ПИН-ләр вә ајарлар галыр.</translation>
    </message>
    <message>
        <location filename="../../ui/console/enrol_page.py" line="89"/>
        <source>Enrolled with %1; waiting for the campaign lead&apos;s approval.</source>
        <translation>Планшет %1 сервериндә гејдијјатдан кечиб; кампанија рәһбәринин тәсдиги ҝөзләнилир.</translation>
    </message>
    <message>
        <location filename="../../ui/console/enrol_page.py" line="91"/>
        <source>Enrolled with %1.</source>
        <translation>Планшет %1 сервериндә гејдијјатдан кечиб.</translation>
    </message>
    <message>
        <location filename="../../ui/console/enrol_page.py" line="95"/>
        <source>This tablet is not enrolled: it keeps signatures here.</source>
        <translation>Бу планшет гејдијјатдан кечмәјиб: имзалары өзүндә сахлајыр.</translation>
    </message>
    <message>
        <location filename="../../ui/console/enrol_page.py" line="106"/>
        <source>The server address starts with https://</source>
        <translation>Серверин үнваны https:// илә башламалыдыр</translation>
    </message>
    <message>
        <location filename="../../ui/console/enrol_page.py" line="110"/>
        <source>That is not an enrolment code (like 7F3A9C-K2QW-8MXD-4HTB-9RJE).</source>
        <translation>Бу, гејдијјат коду дејил (мәсәлән, 7F3A9C-K2QW-8MXD-4HTB-9RJE).</translation>
    </message>
    <message>
        <location filename="../../ui/console/enrol_page.py" line="115"/>
        <source>Enrolling…</source>
        <translation>Гејдијјат ҝедир…</translation>
    </message>
    <message>
        <location filename="../../ui/console/enrol_page.py" line="139"/>
        <source>Enrolled. The server&apos;s campaign key is %1.</source>
        <translation>Гејдијјат тамамланды. Серверин кампанија ачары: %1.</translation>
    </message>
    <message>
        <location filename="../../ui/console/enrol_page.py" line="148"/>
        <source>This tablet holds signatures for its own campaign file: hand them over first, then enrol a fresh tablet.</source>
        <translation>Бу планшетдә өз кампанија фајлы үчүн имзалар вар: әввәлҹә онлары тәһвил верин, сонра тәмиз планшети гејдијјатдан кечирин.</translation>
    </message>
    <message>
        <location filename="../../ui/console/enrol_page.py" line="151"/>
        <source>The server does not know this code, or it was used or has expired.</source>
        <translation>Сервер бу коду танымыр, ја да код артыг истифадә олунуб вә ја вахты битиб.</translation>
    </message>
    <message>
        <location filename="../../ui/console/enrol_page.py" line="153"/>
        <source>The server&apos;s campaign key does not match this code. Nothing changed.</source>
        <translation>Серверин кампанија ачары бу кода ујғун ҝәлмир. Һеч нә дәјишмәди.</translation>
    </message>
    <message>
        <location filename="../../ui/console/enrol_page.py" line="155"/>
        <source>Cannot reach the server. Check the address and the network.</source>
        <translation>Серверлә әлагә гурмаг мүмкүн дејил. Үнваны вә шәбәкәни јохлајын.</translation>
    </message>
    <message>
        <location filename="../../ui/console/enrol_page.py" line="157"/>
        <source>Enrolment did not work. Nothing changed. Call the campaign lead.</source>
        <translation>Гејдијјат алынмады. Һеч нә дәјишмәди. Кампанија рәһбәринә мүраҹиәт един.</translation>
    </message>
</context>
<context>
    <name>ErrorSummary</name>
    <message>
        <location filename="../../ui/widgets/error_summary.py" line="32"/>
        <source>There is a problem</source>
        <translation>Зәһмәт олмаса, јохлајын</translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <location filename="../../ui/export_text.py" line="51"/>
        <location filename="../../ui/export_text.py" line="54"/>
        <source>Signers</source>
        <translation>Имзалајанлар</translation>
    </message>
    <message>
        <location filename="../../ui/export_text.py" line="52"/>
        <source>Totals by settlement</source>
        <translation>Јашајыш јерләри үзрә ҹәми</translation>
    </message>
    <message>
        <location filename="../../ui/export_text.py" line="53"/>
        <source>Possible duplicates</source>
        <translation>Еһтимал олунан тәкрарлар</translation>
    </message>
    <message>
        <location filename="../../ui/export_text.py" line="55"/>
        <source>Total</source>
        <translation>Ҹәми</translation>
    </message>
    <message>
        <location filename="../../ui/export_text.py" line="56"/>
        <source>drawn</source>
        <translation>әл илә чәкилиб</translation>
    </message>
    <message>
        <location filename="../../ui/export_text.py" line="57"/>
        <source>typed</source>
        <translation>ад јазылыб</translation>
    </message>
    <message>
        <location filename="../../ui/export_text.py" line="58"/>
        <source>assisted</source>
        <translation>көнүллүнүн көмәји илә</translation>
    </message>
    <message>
        <location filename="../../ui/export_text.py" line="59"/>
        <source>hands are not steady</source>
        <translation>әлләри титрәјир</translation>
    </message>
    <message>
        <location filename="../../ui/export_text.py" line="60"/>
        <source>cannot see well</source>
        <translation>јахшы ҝөрмүр</translation>
    </message>
    <message>
        <location filename="../../ui/export_text.py" line="61"/>
        <source>cannot write</source>
        <translation>јаза билмир</translation>
    </message>
    <message>
        <location filename="../../ui/export_text.py" line="62"/>
        <source>another reason</source>
        <translation>башга сәбәб</translation>
    </message>
    <message>
        <location filename="../../ui/export_text.py" line="63"/>
        <source>synthetic (test)</source>
        <translation>синтетик (сынаг)</translation>
    </message>
    <message>
        <location filename="../../ui/export_text.py" line="69"/>
        <source>Surname</source>
        <translation>Сојад</translation>
    </message>
    <message>
        <location filename="../../ui/export_text.py" line="70"/>
        <source>Given name</source>
        <translation>Ад</translation>
    </message>
    <message>
        <location filename="../../ui/export_text.py" line="71"/>
        <source>Patronymic</source>
        <translation>Ата ады</translation>
    </message>
    <message>
        <location filename="../../ui/export_text.py" line="72"/>
        <source>Settlement</source>
        <translation>Јашајыш јери</translation>
    </message>
    <message>
        <location filename="../../ui/export_text.py" line="73"/>
        <source>How signed</source>
        <translation>Неҹә имзаланыб</translation>
    </message>
    <message>
        <location filename="../../ui/export_text.py" line="74"/>
        <source>Volunteer who assisted</source>
        <translation>Көмәк едән көнүллү</translation>
    </message>
    <message>
        <location filename="../../ui/export_text.py" line="75"/>
        <source>Why assisted</source>
        <translation>Көмәјин сәбәби</translation>
    </message>
    <message>
        <location filename="../../ui/export_text.py" line="76"/>
        <source>Typed name</source>
        <translation>Јазылмыш ад</translation>
    </message>
    <message>
        <location filename="../../ui/export_text.py" line="77"/>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <location filename="../../ui/export_text.py" line="78"/>
        <source>Email</source>
        <translation>Е-почт</translation>
    </message>
    <message>
        <location filename="../../ui/export_text.py" line="79"/>
        <source>Language</source>
        <translation>Дил</translation>
    </message>
    <message>
        <location filename="../../ui/export_text.py" line="80"/>
        <source>Signed at</source>
        <translation>Имзаланма вахты</translation>
    </message>
    <message>
        <location filename="../../ui/export_text.py" line="81"/>
        <source>Tablet</source>
        <translation>Планшет</translation>
    </message>
    <message>
        <location filename="../../ui/export_text.py" line="82"/>
        <source>Record</source>
        <translation>Гејдин ID-си</translation>
    </message>
    <message>
        <location filename="../../ui/export_text.py" line="83"/>
        <source>Test data</source>
        <translation>Сынаг мәлуматы</translation>
    </message>
    <message>
        <location filename="../../ui/export_text.py" line="84"/>
        <source>Clock warning</source>
        <translation>Саат хәбәрдарлығы</translation>
    </message>
    <message>
        <location filename="../../ui/export_text.py" line="85"/>
        <source>Place of signing</source>
        <translation>Имзаланма јери</translation>
    </message>
    <message>
        <location filename="../../ui/export_text.py" line="86"/>
        <source>Volunteer on duty</source>
        <translation>Нөвбәтчи көнүллү</translation>
    </message>
    <message>
        <location filename="../../ui/export_text.py" line="87"/>
        <source>Group</source>
        <translation>Груп</translation>
    </message>
    <message>
        <location filename="../../ui/export_text.py" line="88"/>
        <source>Why flagged</source>
        <translation>Нијә гејд олунуб</translation>
    </message>
    <message>
        <location filename="../../ui/export_text.py" line="94"/>
        <source>People who signed, each counted once</source>
        <translation>Имза атан шәхсләр, һәр бири бир дәфә сајылмагла</translation>
    </message>
    <message>
        <location filename="../../ui/export_text.py" line="97"/>
        <source>Duplicates removed</source>
        <translation>Чыхарылмыш тәкрарлар</translation>
    </message>
    <message>
        <location filename="../../ui/export_text.py" line="98"/>
        <source>Withdrawn by their signers</source>
        <translation>Имзалајанын өзү ҝери ҝөтүрүб</translation>
    </message>
    <message>
        <location filename="../../ui/export_text.py" line="99"/>
        <source>Left out: tablet revoked</source>
        <translation>Сајылмајыб: планшет ләғв олунуб</translation>
    </message>
    <message>
        <location filename="../../ui/export_text.py" line="100"/>
        <source>Signed by drawing</source>
        <translation>Әл илә имзалајанлар</translation>
    </message>
    <message>
        <location filename="../../ui/export_text.py" line="101"/>
        <source>Signed with a typed name</source>
        <translation>Адыны јазараг имзалајанлар</translation>
    </message>
    <message>
        <location filename="../../ui/export_text.py" line="102"/>
        <source>Signed with a volunteer&apos;s help</source>
        <translation>Көнүллүнүн көмәји илә имзалајанлар</translation>
    </message>
    <message>
        <location filename="../../ui/export_text.py" line="103"/>
        <source>Held aside at the server, not counted</source>
        <translation>Сервердә ајрыҹа сахланылыб, сајылмајыб</translation>
    </message>
    <message>
        <location filename="../../ui/export_text.py" line="111"/>
        <source>Possible duplicates, for a person to judge: nothing here was removed.</source>
        <translation>Еһтимал олунан тәкрарлар, гәрары инсан верир: бурадан һеч нә чыхарылмајыб.</translation>
    </message>
    <message>
        <location filename="../../ui/export_text.py" line="114"/>
        <source>Flagged: names that sound alike once Russian and Azerbaijani spellings are folded together (Мамедов / Məmmədov), in the same settlement (Ağdam / Агдам).</source>
        <translation>Гејд олунуб: рус вә Азәрбајҹан јазылышы ејниләшдирилдикдә ејни сәсләнән адлар (Мамедов / Мәммәдов), ејни јашајыш јериндә (Ағдам / Агдам).</translation>
    </message>
    <message>
        <location filename="../../ui/export_text.py" line="119"/>
        <source>Flagged: names one letter apart in the same settlement.</source>
        <translation>Гејд олунуб: ејни јашајыш јериндә бир һәрфлә фәргләнән адлар.</translation>
    </message>
    <message>
        <location filename="../../ui/export_text.py" line="122"/>
        <source>Exact duplicates (the same name and settlement) were removed already and are not listed.</source>
        <translation>Дәгиг тәкрарлар (ејни ад вә јашајыш јери) артыг чыхарылыб вә бурада ҝөстәрилмир.</translation>
    </message>
    <message>
        <location filename="../../ui/export_text.py" line="127"/>
        <source>sound alike</source>
        <translation>ејни сәсләнир</translation>
    </message>
    <message>
        <location filename="../../ui/export_text.py" line="128"/>
        <source>one letter apart</source>
        <translation>бир һәрфлә фәргләнир</translation>
    </message>
    <message>
        <location filename="../../ui/export_text.py" line="129"/>
        <source>No possible duplicates found.</source>
        <translation>Еһтимал олунан тәкрар тапылмады.</translation>
    </message>
    <message>
        <location filename="../../ui/export_text.py" line="135"/>
        <source>Petition</source>
        <translation>Петисија</translation>
    </message>
    <message>
        <location filename="../../ui/export_text.py" line="136"/>
        <source>Addressed to</source>
        <translation>Үнван</translation>
    </message>
    <message>
        <location filename="../../ui/export_text.py" line="137"/>
        <source>The request</source>
        <translation>Мүраҹиәт</translation>
    </message>
    <message>
        <location filename="../../ui/export_text.py" line="138"/>
        <source>Organisers</source>
        <translation>Тәшкилатчылар</translation>
    </message>
    <message>
        <location filename="../../ui/export_text.py" line="139"/>
        <source>Text in %1</source>
        <translation>Мәтн: %1</translation>
    </message>
    <message>
        <location filename="../../ui/export_text.py" line="140"/>
        <source>SHA-256 of the text shown, its consent wording included</source>
        <translation>Ҝөстәрилән мәтнин SHA-256 һеши (разылыг мәтни дахил олмагла)</translation>
    </message>
    <message>
        <location filename="../../ui/export_text.py" line="143"/>
        <source>Facts as of</source>
        <translation>Фактларын тарихи</translation>
    </message>
    <message>
        <location filename="../../ui/export_text.py" line="144"/>
        <source>Signers who read this text</source>
        <translation>Бу мәтни охујуб имзалајанлар</translation>
    </message>
    <message>
        <location filename="../../ui/export_text.py" line="145"/>
        <source>A text that is not in this campaign file</source>
        <translation>Бу кампанија фајлында олмајан мәтн</translation>
    </message>
    <message>
        <location filename="../../ui/export_text.py" line="148"/>
        <source>How the signatures were collected</source>
        <translation>Имзалар неҹә топланыб</translation>
    </message>
    <message>
        <location filename="../../ui/export_text.py" line="149"/>
        <source>Tablets used: %1. Signatures collected from %2 to %3. Each signature was sealed on the tablet the moment it was given and opened only on the offline export computer. Each person is counted once, however many times they signed.</source>
        <translation>Истифадә олунан планшетләр: %1. Имзалар %2 илә %3 арасында топланыб. Һәр имза верилдији анда планшетдә шифрәләниб вә јалныз шәбәкәјә гошулмајан ихраҹ компүтериндә ачылыб. Һәр кәс нечә дәфә имзаламасындан асылы олмајараг бир дәфә сајылыр.</translation>
    </message>
    <message>
        <location filename="../../ui/export_text.py" line="155"/>
        <source>First signature</source>
        <translation>Илк имза</translation>
    </message>
    <message>
        <location filename="../../ui/export_text.py" line="156"/>
        <source>Last signature</source>
        <translation>Сон имза</translation>
    </message>
    <message>
        <location filename="../../ui/export_text.py" line="157"/>
        <source>Signatures given on a tablet whose clock was wrong (their dates are the tablet&apos;s): %1</source>
        <translation>Сааты сәһв олан планшетдә верилмиш имзалар (тарихләри планшетин саатына ҝөрәдир): %1</translation>
    </message>
    <message>
        <location filename="../../ui/export_text.py" line="161"/>
        <source>The count</source>
        <translation>Имзаларын сајы</translation>
    </message>
    <message>
        <location filename="../../ui/export_text.py" line="162"/>
        <source>Signers by settlement</source>
        <translation>Јашајыш јерләри үзрә имзалајанлар</translation>
    </message>
    <message>
        <location filename="../../ui/export_text.py" line="163"/>
        <source>No.</source>
        <translation>№</translation>
    </message>
    <message>
        <location filename="../../ui/export_text.py" line="164"/>
        <source>Name</source>
        <translation>Сојад, ад, ата ады</translation>
    </message>
    <message>
        <location filename="../../ui/export_text.py" line="165"/>
        <source>Date</source>
        <translation>Тарих</translation>
    </message>
    <message>
        <location filename="../../ui/export_text.py" line="166"/>
        <source>Signature</source>
        <translation>Имза</translation>
    </message>
    <message>
        <location filename="../../ui/export_text.py" line="167"/>
        <source>assisted by %1</source>
        <translation>көнүллү %1 көмәк едиб</translation>
    </message>
    <message>
        <location filename="../../ui/export_text.py" line="168"/>
        <source>page %1 of %2</source>
        <translation>сәһифә %1 / %2</translation>
    </message>
    <message>
        <location filename="../../ui/export_text.py" line="169"/>
        <source>TEST DATA: this file holds simulated signatures. Not for delivery.</source>
        <translation>СЫНАГ МӘЛУМАТЫ: бу фајлда симулјасија олунмуш имзалар вар. Үнвана тәгдим етмәк үчүн дејил.</translation>
    </message>
    <message>
        <location filename="../../ui/export_text.py" line="177"/>
        <source>%1 people signed this petition on %2 tablets between %3 and %4. Each person is counted once, whatever the script their name was written in; a second signature of the same person and signatures withdrawn by their signers are not counted.</source>
        <translation>Бу петисијаны %3 – %4 тарихләри арасында %2 планшетдә %1 нәфәр имзалајыб. Һәр шәхс адынын һансы әлифба илә јазылмасындан асылы олмајараг бир дәфә сајылыр; ејни шәхсин икинҹи имзасы вә имзалајанларын ҝери ҝөтүрдүјү имзалар сајылмыр.</translation>
    </message>
    <message>
        <location filename="../../ui/export_text.py" line="183"/>
        <source>Date of delivery</source>
        <translation>Тәгдим олунма тарихи</translation>
    </message>
    <message>
        <location filename="../../ui/export_text.py" line="184"/>
        <source>Place of delivery</source>
        <translation>Тәгдим олунма јери</translation>
    </message>
    <message>
        <location filename="../../ui/export_text.py" line="185"/>
        <source>Signed for the organisers</source>
        <translation>Тәшкилатчылар адындан имзалар</translation>
    </message>
    <message>
        <location filename="../../ui/export_text.py" line="192"/>
        <source>Azerbaijani (Latin script)</source>
        <translation>Азәрбајҹан дили (латын графикасы)</translation>
    </message>
    <message>
        <location filename="../../ui/export_text.py" line="193"/>
        <source>Azerbaijani (Cyrillic script)</source>
        <translation>Азәрбајҹан дили (кирил графикасы)</translation>
    </message>
    <message>
        <location filename="../../ui/export_text.py" line="194"/>
        <source>Russian</source>
        <translation>Рус дили</translation>
    </message>
    <message>
        <location filename="../../ui/export_text.py" line="195"/>
        <source>English</source>
        <translation>Инҝилис дили</translation>
    </message>
    <message>
        <location filename="../../ui/export_text.py" line="202"/>
        <source>Verification kit of the petition “%1”</source>
        <translation>“%1” петисијасынын јохлама дәсти</translation>
    </message>
    <message>
        <location filename="../../ui/export_text.py" line="203"/>
        <source>With it anyone can check the petition&apos;s signatures and their count without trusting whoever hands it over.</source>
        <translation>Бу дәстлә һәр кәс петисијанын имзаларыны вә онларын сајыны, дәсти тәһвил верәнә етибар етмәдән јохлаја биләр.</translation>
    </message>
    <message>
        <location filename="../../ui/export_text.py" line="208"/>
        <source>the petition as delivered: %1 signed</source>
        <translation>тәһвил верилән петисија: %1 нәфәр имзалајыб</translation>
    </message>
    <message>
        <location filename="../../ui/export_text.py" line="209"/>
        <source>every signature the count rests on, and what proves it</source>
        <translation>сајын әсасландығы һәр имза вә ону сүбут едәнләр</translation>
    </message>
    <message>
        <location filename="../../ui/export_text.py" line="212"/>
        <source>the signature log and its head, signed on %1: %2 entries</source>
        <translation>имза журналы вә онун %1 тарихиндә имзаланмыш башлығы: %2 гејд</translation>
    </message>
    <message>
        <location filename="../../ui/export_text.py" line="215"/>
        <source>each tablet&apos;s key and its signed records</source>
        <translation>һәр планшетин ачары вә онун имзаланмыш гејдләри</translation>
    </message>
    <message>
        <location filename="../../ui/export_text.py" line="218"/>
        <source>the petition texts the signers were shown</source>
        <translation>имзалајанлара ҝөстәрилән петисија мәтнләри</translation>
    </message>
    <message>
        <location filename="../../ui/export_text.py" line="221"/>
        <source>the program that checks all of it</source>
        <translation>бүтүн бунлары јохлајан програм</translation>
    </message>
    <message>
        <location filename="../../ui/export_text.py" line="222"/>
        <source>To check the kit, run the program with Python 3.11 or later and its package “cryptography”:</source>
        <translation>Дәсти јохламаг үчүн програмы Python 3.11 вә ја даһа јени версија вә онун “cryptography” пакети илә ишә салын:</translation>
    </message>
    <message>
        <location filename="../../ui/export_text.py" line="227"/>
        <source>It names the key the log is signed with. Compare it with the key the campaign publishes:</source>
        <translation>Програм журналын имзаландығы ачары ҝөстәрир. Ону кампанијанын дәрҹ етдији ачарла мүгајисә един:</translation>
    </message>
</context>
<context>
    <name>HandoverPage</name>
    <message>
        <location filename="../../ui/console/handover_page.py" line="75"/>
        <source>Hand-over by USB stick</source>
        <translation>USB фләшкарт илә тәһвил</translation>
    </message>
    <message>
        <location filename="../../ui/console/handover_page.py" line="78"/>
        <source>No network? Save the unsent signatures to a USB stick and give it to the campaign lead. Their server gives back a receipt file: load it here, and the signatures count as sent. The file is sealed: nobody can read names in it.</source>
        <translation>Шәбәкә јохдур? Ҝөндәрилмәмиш имзалары USB фләшкарта јазын вә ону кампанија рәһбәринә верин. Онун сервери гәбз фајлы гајтарыр: ону бурада јүкләјин, имзалар ҝөндәрилмиш сајылаҹаг. Фајл шифрәләниб: һеч ким орадакы адлары охуја билмәз.</translation>
    </message>
    <message>
        <location filename="../../ui/console/handover_page.py" line="83"/>
        <source>Save hand-over file</source>
        <translation>Тәһвил фајлыны сахла</translation>
    </message>
    <message>
        <location filename="../../ui/console/handover_page.py" line="84"/>
        <source>Load receipt</source>
        <translation>Гәбзи јүклә</translation>
    </message>
    <message>
        <location filename="../../ui/console/handover_page.py" line="95"/>
        <source>A DEMO tablet has nothing to hand over.</source>
        <translation>НҮМУНӘ планшетиндә тәһвил вериләҹәк һеч нә јохдур.</translation>
    </message>
    <message>
        <location filename="../../ui/console/handover_page.py" line="99"/>
        <source>Working…</source>
        <translation>Иҹра олунур…</translation>
    </message>
    <message>
        <location filename="../../ui/console/handover_page.py" line="116"/>
        <source>Saved %1 signature record(s) to %2.</source>
        <translation>%1 имза гејди сахланылды: %2.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/console/handover_page.py" line="131"/>
        <source>Receipt loaded: acknowledged through no. %1; %n still to send.</source>
        <translation>
            <numerusform>Гәбз јүкләнди: № %1 дахил олмагла тәсдигләниб; һәлә %n гејд ҝөндәрилмәлидир.</numerusform>
            <numerusform>Гәбз јүкләнди: № %1 дахил олмагла тәсдигләниб; һәлә %n гејд ҝөндәрилмәлидир.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/console/handover_page.py" line="138"/>
        <source>Nothing to hand over: the server has everything.</source>
        <translation>Тәһвил вериләҹәк һеч нә јохдур: һамысы артыг сервердәдир.</translation>
    </message>
    <message>
        <location filename="../../ui/console/handover_page.py" line="141"/>
        <source>That file is not a receipt for this tablet. Nothing was changed.</source>
        <translation>Бу фајл бу планшетин гәбзи дејил. Һеч нә дәјишдирилмәди.</translation>
    </message>
    <message>
        <location filename="../../ui/console/handover_page.py" line="144"/>
        <source>A sync is running. Try again in a minute.</source>
        <translation>Синхронлашма ҝедир. Бир дәгигәдән сонра јенидән ҹәһд един.</translation>
    </message>
    <message>
        <location filename="../../ui/console/handover_page.py" line="146"/>
        <source>That did not work: is the USB stick still there?</source>
        <translation>Алынмады: USB фләшкарт һәлә тахылыдыр?</translation>
    </message>
</context>
<context>
    <name>HelpCard</name>
    <message>
        <location filename="../../ui/widgets/help_card.py" line="39"/>
        <source>Help</source>
        <translation>Көмәк</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/help_card.py" line="40"/>
        <source>Close</source>
        <translation>Бағла</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/help_card.py" line="41"/>
        <source>Listen ▶</source>
        <translation>Динлә ▶</translation>
    </message>
</context>
<context>
    <name>IdlePrompt</name>
    <message>
        <location filename="../../ui/widgets/idle_prompt.py" line="41"/>
        <source>Are you still there?</source>
        <translation>Сиз һәлә бурадасыныз?</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/widgets/idle_prompt.py" line="43"/>
        <source>Your answers will be cleared in %n second(s).</source>
        <translation>
            <numerusform>Ҹавабларыныз %n санијәдән сонра силинәҹәк.</numerusform>
            <numerusform>Ҹавабларыныз %n санијәдән сонра силинәҹәк.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/widgets/idle_prompt.py" line="45"/>
        <source>Yes, I am here</source>
        <translation>Бәли, бурадајам</translation>
    </message>
</context>
<context>
    <name>KioskWindow</name>
    <message>
        <location filename="../../ui/window.py" line="206"/>
        <source>DEMO — practice only: signatures here are not counted</source>
        <translation>НҮМУНӘ — јалныз мәшг үчүндүр: бурадакы имзалар сајылмыр</translation>
    </message>
</context>
<context>
    <name>LanguagePicker</name>
    <message>
        <location filename="../../ui/widgets/language_picker.py" line="53"/>
        <source>Choose your language</source>
        <translation>Дилинизи сечин</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/language_picker.py" line="54"/>
        <source>Close</source>
        <translation>Бағла</translation>
    </message>
</context>
<context>
    <name>LockPanel</name>
    <message>
        <location filename="../../ui/lock.py" line="97"/>
        <source>Volunteer</source>
        <translation>Көнүллү</translation>
    </message>
    <message>
        <location filename="../../ui/lock.py" line="98"/>
        <source>Coordinator</source>
        <translation>Координатор</translation>
    </message>
    <message>
        <location filename="../../ui/lock.py" line="100"/>
        <source>Volunteer PIN</source>
        <translation>Көнүллү ПИН-и</translation>
    </message>
    <message>
        <location filename="../../ui/lock.py" line="102"/>
        <source>Coordinator PIN</source>
        <translation>Координаторун ПИН-и</translation>
    </message>
    <message>
        <location filename="../../ui/lock.py" line="108"/>
        <source>Choose a volunteer PIN (6 to 8 digits)</source>
        <translation>Көнүллү үчүн ПИН сечин (6–8 рәгәм)</translation>
    </message>
    <message>
        <location filename="../../ui/lock.py" line="109"/>
        <source>Choose a coordinator PIN (6 to 8 digits)</source>
        <translation>Координатор үчүн ПИН сечин (6–8 рәгәм)</translation>
    </message>
    <message>
        <location filename="../../ui/lock.py" line="121"/>
        <source>Only coordinators may know it.</source>
        <translation>Ону јалныз координаторлар билмәлидир.</translation>
    </message>
    <message>
        <location filename="../../ui/lock.py" line="134"/>
        <source>A PIN is 6 to 8 digits.</source>
        <translation>ПИН 6–8 рәгәмдән ибарәт олмалыдыр.</translation>
    </message>
    <message>
        <location filename="../../ui/lock.py" line="136"/>
        <source>Choose a PIN that is not a simple sequence.</source>
        <translation>Садә ардыҹыллыг олмајан ПИН сечин.</translation>
    </message>
    <message>
        <location filename="../../ui/lock.py" line="139"/>
        <source>Enter the same PIN again</source>
        <translation>Ејни ПИН-и бир даһа дахил един</translation>
    </message>
    <message>
        <location filename="../../ui/lock.py" line="146"/>
        <source>The two PINs differ. Please start again.</source>
        <translation>Ики ПИН фәрглидир. Зәһмәт олмаса, јенидән башлајын.</translation>
    </message>
    <message>
        <location filename="../../ui/lock.py" line="156"/>
        <source>No volunteer PIN is set on this tablet. Ask the coordinator.</source>
        <translation>Бу планшетдә көнүллү ПИН-и тәјин едилмәјиб. Координатора мүраҹиәт един.</translation>
    </message>
    <message>
        <location filename="../../ui/lock.py" line="166"/>
        <source>Too many wrong PINs. Try again after %1.</source>
        <translation>Сәһв ПИН чох дахил едилди. Саат %1 оландан сонра јенидән ҹәһд един.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/lock.py" line="173"/>
        <source>Wrong PIN. %n attempt(s) left.</source>
        <translation>
            <numerusform>ПИН сәһвдир. %n ҹәһд галыб.</numerusform>
            <numerusform>ПИН сәһвдир. %n ҹәһд галыб.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MoreBelow</name>
    <message>
        <location filename="../../ui/widgets/more_below.py" line="36"/>
        <source>More below ↓</source>
        <translation>Давамы ашағыда ↓</translation>
    </message>
</context>
<context>
    <name>NameScreen</name>
    <message>
        <location filename="../../ui/screens/name.py" line="31"/>
        <source>What is your name?</source>
        <translation>Адыныз нәдир?</translation>
    </message>
    <message>
        <location filename="../../ui/screens/name.py" line="32"/>
        <source>As in your identity card.</source>
        <translation>Шәхсијјәт вәсигәниздәки кими.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/name.py" line="33"/>
        <source>Given name</source>
        <translation>Ад</translation>
    </message>
    <message>
        <location filename="../../ui/screens/name.py" line="34"/>
        <source>Surname</source>
        <translation>Сојад</translation>
    </message>
    <message>
        <location filename="../../ui/screens/name.py" line="49"/>
        <source>Type your given name in the first box and your surname in the second, as in your identity card. The keys at the bottom of the screen type the letters; the Next key takes you to the next box.</source>
        <translation>Биринҹи ханаја адынызы, икинҹијә сојадынызы шәхсијјәт вәсигәниздәки кими јазын. Һәрфләри екранын ашағысындакы дүјмәләрлә јазын; “Ирәли” дүјмәси сизи нөвбәти ханаја кечирир.</translation>
    </message>
</context>
<context>
    <name>NewsScreen</name>
    <message>
        <location filename="../../ui/screens/news.py" line="40"/>
        <source>Would you like news about this petition?</source>
        <translation>Бу петисија һаггында хәбәр алмаг истәјирсиниз?</translation>
    </message>
    <message>
        <location filename="../../ui/screens/news.py" line="42"/>
        <source>If you say yes, we ask for a phone number or an email address next.</source>
        <translation>“Бәли” десәниз, сонра телефон нөмрәнизи вә ја е-почт үнванынызы сорушаҹағыг.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/news.py" line="44"/>
        <source>Yes, send me news</source>
        <translation>Бәли, хәбәр ҝөндәрин</translation>
    </message>
    <message>
        <location filename="../../ui/screens/news.py" line="45"/>
        <source>No, thank you</source>
        <translation>Хејр, тәшәккүр едирәм</translation>
    </message>
    <message>
        <location filename="../../ui/screens/news.py" line="46"/>
        <source>Back</source>
        <translation>Ҝери</translation>
    </message>
    <message>
        <location filename="../../ui/screens/news.py" line="47"/>
        <source>Continue</source>
        <translation>Давам един</translation>
    </message>
    <message>
        <location filename="../../ui/screens/news.py" line="52"/>
        <source>Please choose yes or no.</source>
        <translation>Зәһмәт олмаса, “Бәли” вә ја “Хејр” сечин.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/news.py" line="74"/>
        <source>Press Yes if you want news about this petition by phone or email, or No if you do not. Either way your signature counts.</source>
        <translation>Бу петисија һаггында телефон вә ја е-почт илә хәбәр алмаг истәјирсинизсә, “Бәли”, истәмирсинизсә, “Хејр” дүјмәсини басын. Һәр ики һалда имзаныз сајылыр.</translation>
    </message>
</context>
<context>
    <name>NoDrawingScreen</name>
    <message>
        <location filename="../../ui/screens/no_drawing.py" line="79"/>
        <source>Signing without drawing</source>
        <translation>Бармагла чәкмәдән имза</translation>
    </message>
    <message>
        <location filename="../../ui/screens/no_drawing.py" line="80"/>
        <source>I type my name</source>
        <translation>Адымы јазырам</translation>
    </message>
    <message>
        <location filename="../../ui/screens/no_drawing.py" line="81"/>
        <source>A volunteer helps me</source>
        <translation>Мәнә көнүллү көмәк едир</translation>
    </message>
    <message>
        <location filename="../../ui/screens/no_drawing.py" line="82"/>
        <source>Your full name</source>
        <translation>Там адыныз</translation>
    </message>
    <message>
        <location filename="../../ui/screens/no_drawing.py" line="83"/>
        <source>This typed name is my signature</source>
        <translation>Јаздығым бу ад мәним имзамдыр</translation>
    </message>
    <message>
        <location filename="../../ui/screens/no_drawing.py" line="85"/>
        <source>A volunteer enters the volunteer PIN and their own code.</source>
        <translation>Көнүллү хүсуси ПИН-и вә өз кодуну дахил едир.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/no_drawing.py" line="87"/>
        <source>Volunteer PIN</source>
        <translation>Көнүллү ПИН-и</translation>
    </message>
    <message>
        <location filename="../../ui/screens/no_drawing.py" line="88"/>
        <source>Volunteer code</source>
        <translation>Көнүллү коду</translation>
    </message>
    <message>
        <location filename="../../ui/screens/no_drawing.py" line="89"/>
        <source>Why is a volunteer helping?</source>
        <translation>Көнүллү нијә көмәк едир?</translation>
    </message>
    <message>
        <location filename="../../ui/screens/no_drawing.py" line="91"/>
        <source>Hands are not steady</source>
        <translation>Әлләр титрәјир</translation>
    </message>
    <message>
        <location filename="../../ui/screens/no_drawing.py" line="92"/>
        <source>Cannot see well</source>
        <translation>Јахшы ҝөрмүр</translation>
    </message>
    <message>
        <location filename="../../ui/screens/no_drawing.py" line="93"/>
        <source>Cannot write</source>
        <translation>Јаза билмир</translation>
    </message>
    <message>
        <location filename="../../ui/screens/no_drawing.py" line="94"/>
        <source>Another reason</source>
        <translation>Башга сәбәб</translation>
    </message>
    <message>
        <location filename="../../ui/screens/no_drawing.py" line="165"/>
        <source>No volunteer PIN is set on this tablet. Ask the coordinator.</source>
        <translation>Бу планшетдә көнүллү ПИН-и тәјин едилмәјиб. Координатора мүраҹиәт един.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/no_drawing.py" line="167"/>
        <source>That is not the volunteer PIN.</source>
        <translation>Бу, көнүллү ПИН-и дејил.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/no_drawing.py" line="168"/>
        <source>Too many wrong PINs. Ask the coordinator.</source>
        <translation>Сәһв ПИН чох дахил едилди. Координатора мүраҹиәт един.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/no_drawing.py" line="174"/>
        <source>Type your name and tick the box, or ask a volunteer to help you. A volunteer enters the volunteer PIN, their code and why they help.</source>
        <translation>Адынызы јазыб хананы ишарәләјин вә ја көнүллүдән көмәк истәјин. Көнүллү хүсуси ПИН-и, өз кодуну вә нијә көмәк етдијини дахил едир.</translation>
    </message>
</context>
<context>
    <name>OnScreenKeyboard</name>
    <message>
        <location filename="../../ui/widgets/keyboard.py" line="347"/>
        <source>Backspace</source>
        <translation>Сил</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/keyboard.py" line="348"/>
        <source>Space</source>
        <translation>Бошлуг</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/keyboard.py" line="349"/>
        <source>Shift</source>
        <translation>Бөјүк һәрф</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/keyboard.py" line="350"/>
        <source>Change keyboard language</source>
        <translation>Клавиатуранын дилини дәјиш</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/keyboard.py" line="351"/>
        <source>Hide keyboard</source>
        <translation>Клавиатураны ҝизләт</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/keyboard.py" line="352"/>
        <source>Letters</source>
        <translation>Һәрфләр</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/keyboard.py" line="355"/>
        <source>Next</source>
        <translation>Ирәли</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/keyboard.py" line="355"/>
        <source>Continue</source>
        <translation>Давам един</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/keyboard.py" line="363"/>
        <source>On-screen keyboard</source>
        <translation>Екран клавиатурасы</translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <location filename="../../ui/console/overview.py" line="77"/>
        <source>This tablet today</source>
        <translation>Бу планшет бу ҝүн</translation>
    </message>
    <message>
        <location filename="../../ui/console/overview.py" line="78"/>
        <source>signed today</source>
        <translation>бу ҝүн имзаланыб</translation>
    </message>
    <message>
        <location filename="../../ui/console/overview.py" line="79"/>
        <source>signed on this tablet</source>
        <translation>бу планшетдә имзаланыб</translation>
    </message>
    <message>
        <location filename="../../ui/console/overview.py" line="80"/>
        <source>not yet sent</source>
        <translation>һәлә ҝөндәрилмәјиб</translation>
    </message>
    <message>
        <location filename="../../ui/console/overview.py" line="81"/>
        <source>acknowledged through no.</source>
        <translation>сон тәсдигләнмиш №</translation>
    </message>
    <message>
        <location filename="../../ui/console/overview.py" line="82"/>
        <source>Signatures per hour today</source>
        <translation>Бу ҝүн саатлар үзрә имзалар</translation>
    </message>
    <message>
        <location filename="../../ui/console/overview.py" line="83"/>
        <source>Sync now</source>
        <translation>Инди синхронлашдыр</translation>
    </message>
    <message>
        <location filename="../../ui/console/overview.py" line="84"/>
        <source>Cancel</source>
        <translation>Ләғв ет</translation>
    </message>
    <message>
        <location filename="../../ui/console/overview.py" line="100"/>
        <source>imza.toml has a mistake, so the defaults apply: %1</source>
        <translation>imza.toml фајлында сәһв вар, она ҝөрә стандарт ајарлар ишләјир: %1</translation>
    </message>
    <message>
        <location filename="../../ui/console/overview.py" line="122"/>
        <source>A DEMO tablet never syncs.</source>
        <translation>НҮМУНӘ планшети һеч вахт синхронлашмыр.</translation>
    </message>
    <message>
        <location filename="../../ui/console/overview.py" line="124"/>
        <source>Not enrolled with a server yet: see Enrol.</source>
        <translation>Планшет һәлә сервердә гејдијјатдан кечмәјиб: «Гејдијјат» бөлмәсинә бахын.</translation>
    </message>
    <message>
        <location filename="../../ui/console/overview.py" line="130"/>
        <source>Never synced.</source>
        <translation>Һеч вахт синхронлашмајыб.</translation>
    </message>
    <message>
        <location filename="../../ui/console/overview.py" line="131"/>
        <source>Last sync: %1.</source>
        <translation>Сон синхронлашма: %1.</translation>
    </message>
    <message>
        <location filename="../../ui/console/overview.py" line="133"/>
        <source>The last try did not complete.</source>
        <translation>Сонунҹу ҹәһд баша чатмады.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/console/overview.py" line="135"/>
        <source>%n signature(s) still to send.</source>
        <translation>
            <numerusform>Һәлә %n имза ҝөндәрилмәлидир.</numerusform>
            <numerusform>Һәлә %n имза ҝөндәрилмәлидир.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/console/overview.py" line="136"/>
        <source>Everything is sent.</source>
        <translation>Һамысы ҝөндәрилиб.</translation>
    </message>
    <message>
        <location filename="../../ui/console/overview.py" line="141"/>
        <source>The server&apos;s count: not heard yet.</source>
        <translation>Сервердәки сај: һәлә мәлумат ҝәлмәјиб.</translation>
    </message>
    <message>
        <location filename="../../ui/console/overview.py" line="144"/>
        <source>The server counts at least %1 signers of %2, as of %3.</source>
        <translation>Серверин һесабына ҝөрә ән азы %1 имзалајан вар, һәдәф %2 (%3 вәзијјәтинә).</translation>
    </message>
    <message>
        <location filename="../../ui/console/overview.py" line="152"/>
        <source>Chain check: running…</source>
        <translation>Зәнҹир јохламасы: ҝедир…</translation>
    </message>
    <message>
        <location filename="../../ui/console/overview.py" line="154"/>
        <source>Chain check: intact.</source>
        <translation>Зәнҹир јохламасы: зәнҹир бүтөвдүр.</translation>
    </message>
    <message>
        <location filename="../../ui/console/overview.py" line="155"/>
        <source>Chain check: DAMAGED. Do not wipe; call the campaign lead.</source>
        <translation>Зәнҹир јохламасы: ЗӘДӘЛӘНИБ. Силмәјин; кампанија рәһбәринә мүраҹиәт един.</translation>
    </message>
    <message>
        <location filename="../../ui/console/overview.py" line="206"/>
        <source>Sending…</source>
        <translation>Ҝөндәрилир…</translation>
    </message>
    <message>
        <location filename="../../ui/console/overview.py" line="217"/>
        <source>Sync complete.</source>
        <translation>Синхронлашма баша чатды.</translation>
    </message>
    <message>
        <location filename="../../ui/console/overview.py" line="224"/>
        <source>Sync cancelled; it tries again later by itself.</source>
        <translation>Синхронлашма ләғв едилди; бир гәдәр сонра өзү јенидән ҹәһд едәҹәк.</translation>
    </message>
</context>
<context>
    <name>PausedOverlay</name>
    <message>
        <location filename="../../ui/widgets/paused.py" line="31"/>
        <source>This tablet is paused. A volunteer will be with you shortly.</source>
        <translation>Бу планшет дајандырылыб. Көнүллү тезликлә јанынызда олаҹаг.</translation>
    </message>
</context>
<context>
    <name>PetitionScreen</name>
    <message>
        <location filename="../../ui/screens/petition.py" line="78"/>
        <source>To: %1</source>
        <translation>Кимә: %1</translation>
    </message>
    <message>
        <location filename="../../ui/screens/petition.py" line="80"/>
        <source>Facts as of %1.</source>
        <translation>Мәлуматларын тарихи: %1.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/petition.py" line="82"/>
        <source>Organisers</source>
        <translation>Тәшкилатчылар</translation>
    </message>
    <message>
        <location filename="../../ui/screens/petition.py" line="84"/>
        <source>Back</source>
        <translation>Ҝери</translation>
    </message>
    <message>
        <location filename="../../ui/screens/petition.py" line="85"/>
        <source>I want to sign</source>
        <translation>Имзаламаг истәјирәм</translation>
    </message>
    <message>
        <location filename="../../ui/screens/petition.py" line="93"/>
        <source>Read the petition. Move the text up with your finger to see more. When you are ready, press the green button.</source>
        <translation>Петисијаны охујун. Давамыны ҝөрмәк үчүн мәтни бармағынызла јухары сүрүшдүрүн. Һазыр оланда јашыл дүјмәни басын.</translation>
    </message>
</context>
<context>
    <name>PinPad</name>
    <message>
        <location filename="../../ui/widgets/pinpad.py" line="125"/>
        <source>Digit %1</source>
        <translation>Рәгәм %1</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/pinpad.py" line="127"/>
        <source>Delete</source>
        <translation>Сил</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/pinpad.py" line="128"/>
        <source>OK</source>
        <translation>Тәсдиг</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/pinpad.py" line="129"/>
        <source>Cancel</source>
        <translation>Ләғв ет</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/pinpad.py" line="135"/>
        <source>PIN</source>
        <translation>ПИН</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/widgets/pinpad.py" line="163"/>
        <source>%n digits entered</source>
        <translation>
            <numerusform>%n рәгәм дахил едилиб</numerusform>
            <numerusform>%n рәгәм дахил едилиб</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PlacePicker</name>
    <message>
        <location filename="../../ui/widgets/place_picker.py" line="45"/>
        <source>%1 district</source>
        <translation>%1 рајону</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/place_picker.py" line="50"/>
        <source>My place is not in the list: keep “%1”</source>
        <translation>Кәндим вә ја шәһәрим сијаһыда јохдур: “%1” галсын</translation>
    </message>
</context>
<context>
    <name>QuestionScreen</name>
    <message>
        <location filename="../../ui/screens/question.py" line="68"/>
        <source>Back</source>
        <translation>Ҝери</translation>
    </message>
    <message>
        <location filename="../../ui/screens/question.py" line="69"/>
        <source>Continue</source>
        <translation>Давам един</translation>
    </message>
</context>
<context>
    <name>ReadAloud</name>
    <message>
        <location filename="../../ui/read_aloud.py" line="37"/>
        <source>Stop ■</source>
        <translation>Дајандыр ■</translation>
    </message>
    <message>
        <location filename="../../ui/read_aloud.py" line="37"/>
        <source>Listen ▶</source>
        <translation>Динлә ▶</translation>
    </message>
    <message>
        <location filename="../../ui/read_aloud.py" line="38"/>
        <source>Listen</source>
        <translation>Динлә</translation>
    </message>
</context>
<context>
    <name>ReadingCard</name>
    <message>
        <location filename="../../ui/widgets/reading_card.py" line="57"/>
        <source>Close</source>
        <translation>Бағла</translation>
    </message>
</context>
<context>
    <name>RenewingOverlay</name>
    <message>
        <location filename="../../ui/kiosk_sync.py" line="31"/>
        <source>One moment, please: this tablet is renewing its connection.</source>
        <translation>Бир дәгигә, зәһмәт олмаса: планшет бағлантысыны јениләјир.</translation>
    </message>
</context>
<context>
    <name>ReviewScreen</name>
    <message>
        <location filename="../../ui/screens/review.py" line="76"/>
        <source>Check your answers</source>
        <translation>Ҹавабларынызы јохлајын</translation>
    </message>
    <message>
        <location filename="../../ui/screens/review.py" line="78"/>
        <source>Name</source>
        <translation>Ад, сојад</translation>
    </message>
    <message>
        <location filename="../../ui/screens/review.py" line="79"/>
        <source>Village or town</source>
        <translation>Кәнд вә ја шәһәр</translation>
    </message>
    <message>
        <location filename="../../ui/screens/review.py" line="80"/>
        <source>News</source>
        <translation>Хәбәрләр</translation>
    </message>
    <message>
        <location filename="../../ui/screens/review.py" line="81"/>
        <source>Signature</source>
        <translation>Имза</translation>
    </message>
    <message>
        <location filename="../../ui/screens/review.py" line="89"/>
        <source>No</source>
        <translation>Хејр</translation>
    </message>
    <message>
        <location filename="../../ui/screens/review.py" line="95"/>
        <source>Change</source>
        <translation>Дәјишин</translation>
    </message>
    <message>
        <location filename="../../ui/screens/review.py" line="97"/>
        <source>Change: %1</source>
        <translation>Дәјишин: %1</translation>
    </message>
    <message>
        <location filename="../../ui/screens/review.py" line="99"/>
        <source>Nothing is saved until you press “Sign the petition”.</source>
        <translation>“Петисијаны имзалајын” дүјмәсини басана гәдәр һеч нә сахланылмыр.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/review.py" line="100"/>
        <source>Back</source>
        <translation>Ҝери</translation>
    </message>
    <message>
        <location filename="../../ui/screens/review.py" line="101"/>
        <source>Sign the petition</source>
        <translation>Петисијаны имзалајын</translation>
    </message>
    <message>
        <location filename="../../ui/screens/review.py" line="106"/>
        <source>Your typed name: %1</source>
        <translation>Јаздығыныз ад: %1</translation>
    </message>
    <message>
        <location filename="../../ui/screens/review.py" line="108"/>
        <source>With the help of volunteer %1</source>
        <translation>%1 кодлу көнүллүнүн көмәји илә</translation>
    </message>
    <message>
        <location filename="../../ui/screens/review.py" line="120"/>
        <source>Your signature</source>
        <translation>Имзаныз</translation>
    </message>
    <message>
        <location filename="../../ui/screens/review.py" line="125"/>
        <source>Check your answers. Press Change beside one to correct it. When all is right, press the green button to sign.</source>
        <translation>Ҹавабларынызы јохлајын. Дүзәлтмәк үчүн ҹавабын јанындакы “Дәјишин” дүјмәсини басын. Һәр шеј дүзҝүндүрсә, имзаламаг үчүн јашыл дүјмәни басын.</translation>
    </message>
</context>
<context>
    <name>Screen</name>
    <message>
        <location filename="../../ui/screens/base.py" line="34"/>
        <source>Step %1 of %2</source>
        <translation>Аддым %1 (ҹәми %2)</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../../ui/console/settings_page.py" line="80"/>
        <source>Settings</source>
        <translation>Ајарлар</translation>
    </message>
    <message>
        <location filename="../../ui/console/settings_page.py" line="81"/>
        <source>Clear a form after (seconds)</source>
        <translation>Форма нечә санијәдән сонра силинсин</translation>
    </message>
    <message>
        <location filename="../../ui/console/settings_page.py" line="83"/>
        <source>Clear while reading after (seconds)</source>
        <translation>Охујаркән нечә санијәдән сонра силинсин</translation>
    </message>
    <message>
        <location filename="../../ui/console/settings_page.py" line="85"/>
        <source>Countdown before clearing (seconds)</source>
        <translation>Силинмәздән әввәл ҝери сајым (санијә)</translation>
    </message>
    <message>
        <location filename="../../ui/console/settings_page.py" line="86"/>
        <source>Longest signing (seconds)</source>
        <translation>Ән узун имзалама (санијә)</translation>
    </message>
    <message>
        <location filename="../../ui/console/settings_page.py" line="87"/>
        <source>Language a new signer starts in</source>
        <translation>Јени имзалајан үчүн илкин дил</translation>
    </message>
    <message>
        <location filename="../../ui/console/settings_page.py" line="88"/>
        <source>Change PIN</source>
        <translation>ПИН-и дәјиш</translation>
    </message>
    <message>
        <location filename="../../ui/console/settings_page.py" line="89"/>
        <source>Set volunteer PIN</source>
        <translation>Көнүллү ПИН-ини тәјин ет</translation>
    </message>
</context>
<context>
    <name>SettlementScreen</name>
    <message>
        <location filename="../../ui/screens/settlement.py" line="36"/>
        <source>Which village or town are you from?</source>
        <translation>Һансы кәнддән вә ја шәһәрдәнсиниз?</translation>
    </message>
    <message>
        <location filename="../../ui/screens/settlement.py" line="38"/>
        <source>Type the first letters, then touch your place in the list under the box.</source>
        <translation>Илк һәрфләри јазын, сонра хананын алтындакы сијаһыда өз кәндинизә вә ја шәһәринизә тохунун.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/settlement.py" line="40"/>
        <source>Village or town</source>
        <translation>Кәнд вә ја шәһәр</translation>
    </message>
    <message>
        <location filename="../../ui/screens/settlement.py" line="80"/>
        <source>%1 district</source>
        <translation>%1 рајону</translation>
    </message>
    <message>
        <location filename="../../ui/screens/settlement.py" line="82"/>
        <source>✓ %1, %2</source>
        <translation>✓ %1, %2</translation>
    </message>
    <message>
        <location filename="../../ui/screens/settlement.py" line="101"/>
        <source>Type the first letters of your village or town. Places that match appear under the box: touch yours. If it is not there, type it in full and press Continue.</source>
        <translation>Кәндинизин вә ја шәһәринизин адынын илк һәрфләрини јазын. Ујғун ҝәлән јерләр хананын алтында ҝөрүнәҹәк: өзүнүзүнкүнә тохунун. Сијаһыда јохдурса, адыны там јазыб “Давам един” дүјмәсини басын.</translation>
    </message>
</context>
<context>
    <name>SignaturePad</name>
    <message>
        <location filename="../../ui/widgets/signature_pad.py" line="47"/>
        <source>Signature pad</source>
        <translation>Имза саһәси</translation>
    </message>
</context>
<context>
    <name>SignatureScreen</name>
    <message>
        <location filename="../../ui/screens/signature.py" line="73"/>
        <source>Sign with your finger in the white box</source>
        <translation>Ағ саһәдә бармағынызла имза атын</translation>
    </message>
    <message>
        <location filename="../../ui/screens/signature.py" line="74"/>
        <source>Signature box</source>
        <translation>Имза саһәси</translation>
    </message>
    <message>
        <location filename="../../ui/screens/signature.py" line="75"/>
        <source>Clear</source>
        <translation>Тәмизләјин</translation>
    </message>
    <message>
        <location filename="../../ui/screens/signature.py" line="76"/>
        <source>I can&apos;t sign with my finger</source>
        <translation>Бармағымла имза ата билмирәм</translation>
    </message>
    <message>
        <location filename="../../ui/screens/signature.py" line="78"/>
        <source>Back</source>
        <translation>Ҝери</translation>
    </message>
    <message>
        <location filename="../../ui/screens/signature.py" line="79"/>
        <source>Continue</source>
        <translation>Давам един</translation>
    </message>
    <message>
        <location filename="../../ui/screens/signature.py" line="101"/>
        <source>Sign in the white box with your finger, as on paper. Clear starts again. If you cannot sign with your finger, press the button under the box.</source>
        <translation>Ағ саһәдә бармағынызла, кағызда олдуғу кими имза атын. “Тәмизләјин” дүјмәси илә јенидән башлаја биләрсиниз. Бармағынызла имза ата билмирсинизсә, саһәнин алтындакы дүјмәни басын.</translation>
    </message>
</context>
<context>
    <name>SignerHeader</name>
    <message>
        <location filename="../../ui/header.py" line="42"/>
        <source>Change language</source>
        <translation>Дили дәјишин</translation>
    </message>
    <message>
        <location filename="../../ui/header.py" line="44"/>
        <source>Smaller text</source>
        <translation>Кичик јазы</translation>
    </message>
    <message>
        <location filename="../../ui/header.py" line="44"/>
        <location filename="../../ui/header.py" line="46"/>
        <source>Larger text</source>
        <translation>Бөјүк јазы</translation>
    </message>
    <message>
        <location filename="../../ui/header.py" line="47"/>
        <location filename="../../ui/header.py" line="48"/>
        <source>Help</source>
        <translation>Көмәк</translation>
    </message>
</context>
<context>
    <name>StatusStrip</name>
    <message numerus="yes">
        <location filename="../../ui/widgets/status_strip.py" line="57"/>
        <source>Unsent: %n</source>
        <translation>
            <numerusform>Ҝөндәрилмәјиб: %n</numerusform>
            <numerusform>Ҝөндәрилмәјиб: %n</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/widgets/status_strip.py" line="59"/>
        <source>Last sync: %1</source>
        <translation>Сон синхронлашма: %1</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/status_strip.py" line="61"/>
        <source>Never synced</source>
        <translation>Һеч вахт синхронлашмајыб</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/status_strip.py" line="66"/>
        <source>Battery: unknown</source>
        <translation>Батареја: намәлум</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/status_strip.py" line="69"/>
        <source>Battery: %1%</source>
        <translation>Батареја: %1%</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/status_strip.py" line="74"/>
        <source>Check the tablet&apos;s clock: it is behind</source>
        <translation>Планшетин саатыны јохлајын: ҝери галыр</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/status_strip.py" line="102"/>
        <source>Sending %1 of %2 — slow connection</source>
        <translation>Ҝөндәрилир: %1 / %2 — зәиф бағланты</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/status_strip.py" line="102"/>
        <source>Sending %1 of %2</source>
        <translation>Ҝөндәрилир: %1 / %2</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/status_strip.py" line="123"/>
        <source>Waiting for the campaign lead to approve this tablet (number %1)</source>
        <translation>Кампанија рәһбәринин бу планшети тәсдигләмәси ҝөзләнилир (нөмрә %1)</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/status_strip.py" line="100"/>
        <source>Sending…</source>
        <translation>Ҝөндәрилир…</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/status_strip.py" line="126"/>
        <source>Not sent: no connection to the server; will try again</source>
        <translation>Ҝөндәрилмәди: серверлә әлагә јохдур; јенидән ҹәһд едиләҹәк</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/status_strip.py" line="128"/>
        <source>Not sent: today&apos;s data limit is used up; sending resumes tomorrow</source>
        <translation>Ҝөндәрилмәди: бу ҝүнкү мәлумат лимити битиб; ҝөндәрмә сабаһ давам едәҹәк</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/status_strip.py" line="130"/>
        <source>Not sent: the server is busy; will try again</source>
        <translation>Ҝөндәрилмәди: сервер мәшғулдур; јенидән ҹәһд едиләҹәк</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/status_strip.py" line="132"/>
        <source>Another sync is running; will try again</source>
        <translation>Башга синхронлашма ҝедир; јенидән ҹәһд едиләҹәк</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/status_strip.py" line="134"/>
        <source>Not sent: this tablet renews its identity when nobody is signing</source>
        <translation>Ҝөндәрилмәди: һеч ким имза атмајанда планшет идентификасијасыны јениләјәҹәк</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/status_strip.py" line="136"/>
        <source>Not sent: needs the coordinator: re-enrol</source>
        <translation>Ҝөндәрилмәди: координатор лазымдыр: јенидән гејдијјат</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/status_strip.py" line="137"/>
        <source>Not sent: ask the coordinator to check the sync</source>
        <translation>Ҝөндәрилмәди: координатордан синхронлашманы јохламағы хаһиш един</translation>
    </message>
</context>
<context>
    <name>TellApartScreen</name>
    <message>
        <location filename="../../ui/screens/tell_apart.py" line="29"/>
        <source>Help us tell you apart</source>
        <translation>Сизи башгасындан ајырд етмәјә көмәк един</translation>
    </message>
    <message>
        <location filename="../../ui/screens/tell_apart.py" line="30"/>
        <source>Give your father&apos;s name, your year of birth, or both.</source>
        <translation>Ата адынызы, доғум илинизи вә ја һәр икисини јазын.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/tell_apart.py" line="31"/>
        <source>Father&apos;s name</source>
        <translation>Ата ады</translation>
    </message>
    <message>
        <location filename="../../ui/screens/tell_apart.py" line="32"/>
        <source>Year of birth</source>
        <translation>Доғум или</translation>
    </message>
    <message>
        <location filename="../../ui/screens/tell_apart.py" line="54"/>
        <source>Someone with your name and place has signed here before. Your father&apos;s name or your year of birth shows that you are another person.</source>
        <translation>Сизинлә ејни адда вә ејни јердән олан бири артыг бурада имза атыб. Ата адыныз вә ја доғум илиниз сизин башга шәхс олдуғунузу ҝөстәрир.</translation>
    </message>
</context>
<context>
    <name>ThanksScreen</name>
    <message>
        <location filename="../../ui/screens/thanks.py" line="67"/>
        <source>Thank you!</source>
        <translation>Тәшәккүр едирик!</translation>
    </message>
    <message>
        <location filename="../../ui/screens/thanks.py" line="70"/>
        <source>Your signature is already counted. There is no need to sign again.</source>
        <translation>Имзаныз артыг сајылыб. Јенидән имзаламаға еһтијаҹ јохдур.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/thanks.py" line="65"/>
        <source>Thank you, %1!</source>
        <translation>Тәшәккүр едирик, %1!</translation>
    </message>
    <message>
        <location filename="../../ui/screens/thanks.py" line="76"/>
        <source>This was practice: this tablet is in demo mode, so your signature is not counted. Ask a volunteer where to sign for real.</source>
        <translation>Бу мәшг иди: планшет нүмунә режиминдәдир, она ҝөрә имзаныз сајылмыр. Әсл имза үчүн көнүллүдән сорушун.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/thanks.py" line="84"/>
        <source>Your signature is saved on this tablet. It will be sent when the tablet next connects.</source>
        <translation>Имзаныз бу планшетдә сахланылды. Планшет нөвбәти дәфә шәбәкәјә гошуланда ҝөндәриләҹәк.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/screens/thanks.py" line="90"/>
        <source>Today %n people have signed on this tablet.</source>
        <translation>
            <numerusform>Бу ҝүн бу планшетдә %n нәфәр имза атыб.</numerusform>
            <numerusform>Бу ҝүн бу планшетдә %n нәфәр имза атыб.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/screens/thanks.py" line="91"/>
        <source>Your receipt code</source>
        <translation>Гәбз кодунуз</translation>
    </message>
    <message>
        <location filename="../../ui/screens/thanks.py" line="94"/>
        <source>A practice code: on a campaign tablet, this is where the code to withdraw a signature later is shown, once.</source>
        <translation>Мәшг коду: кампанија планшетиндә имзаны сонра ҝери ҝөтүрмәк үчүн код бурада бир дәфә ҝөстәрилир.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/thanks.py" line="99"/>
        <source>Write it down or photograph the square. With this code you can withdraw your signature later. It is shown only once.</source>
        <translation>Ону јазын вә ја квадратын шәклини чәкин. Бу кодла сонра имзанызы ҝери ҝөтүрә биләрсиниз. Код јалныз бир дәфә ҝөстәрилир.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/thanks.py" line="114"/>
        <source>QR code of your receipt code</source>
        <translation>Гәбз кодунузун QR коду</translation>
    </message>
    <message>
        <location filename="../../ui/screens/thanks.py" line="119"/>
        <source>Your signature is saved. Keep the receipt code if you may want to withdraw your signature later. Press Done when you have finished.</source>
        <translation>Имзаныз сахланылды. Сонра имзанызы ҝери ҝөтүрмәк истәјә биләрсинизсә, гәбз кодуну сахлајын. Ишинизи битирәндә “Һазырдыр” дүјмәсини басын.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/thanks.py" line="103"/>
        <source>Done</source>
        <translation>Һазырдыр</translation>
    </message>
</context>
<context>
    <name>VolunteerPanel</name>
    <message>
        <location filename="../../ui/volunteer_panel.py" line="49"/>
        <source>Volunteer</source>
        <translation>Көнүллү</translation>
    </message>
    <message>
        <location filename="../../ui/volunteer_panel.py" line="52"/>
        <source>Today: %1, volunteer %2</source>
        <translation>Бу ҝүн: %1, көнүллү %2</translation>
    </message>
    <message>
        <location filename="../../ui/volunteer_panel.py" line="54"/>
        <source>No day started yet.</source>
        <translation>Ҝүн һәлә башланмајыб.</translation>
    </message>
    <message>
        <location filename="../../ui/volunteer_panel.py" line="56"/>
        <source>Site (where the tablet is today)</source>
        <translation>Јер (планшет бу ҝүн һарададыр)</translation>
    </message>
    <message>
        <location filename="../../ui/volunteer_panel.py" line="57"/>
        <source>Your volunteer code</source>
        <translation>Көнүллү кодунуз</translation>
    </message>
    <message>
        <location filename="../../ui/volunteer_panel.py" line="58"/>
        <source>Start the day</source>
        <translation>Ҝүнә башла</translation>
    </message>
    <message>
        <location filename="../../ui/volunteer_panel.py" line="60"/>
        <source>Resume the kiosk</source>
        <translation>Киоскы давам етдир</translation>
    </message>
    <message>
        <location filename="../../ui/volunteer_panel.py" line="60"/>
        <source>Pause the kiosk</source>
        <translation>Киоскы дајандыр</translation>
    </message>
    <message>
        <location filename="../../ui/volunteer_panel.py" line="62"/>
        <source>Back to the kiosk</source>
        <translation>Киоска гајыт</translation>
    </message>
</context>
<context>
    <name>WelcomeScreen</name>
    <message>
        <location filename="../../ui/screens/welcome.py" line="87"/>
        <source>Read and sign the petition</source>
        <translation>Петисијаны охујун вә имзалајын</translation>
    </message>
    <message>
        <location filename="../../ui/screens/welcome.py" line="99"/>
        <source>The battery is too low to start a new signature. Please ask a volunteer to charge the tablet.</source>
        <translation>Батареја јени имза үчүн чох зәифдир. Зәһмәт олмаса, көнүллүдән планшети шарж етмәсини хаһиш един.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/screens/welcome.py" line="119"/>
        <source>%n signature(s) on this tablet so far.</source>
        <translation>
            <numerusform>Бу планшетдә индијәдәк %n имза атылыб.</numerusform>
            <numerusform>Бу планшетдә индијәдәк %n имза атылыб.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/screens/welcome.py" line="124"/>
        <source>At least %Ln signature(s) as of %1 + %2 on this tablet.</source>
        <translation>
            <numerusform>Ән азы %Ln имза (%1 вәзијјәтинә) + бу планшетдә даһа %2.</numerusform>
            <numerusform>Ән азы %Ln имза (%1 вәзијјәтинә) + бу планшетдә даһа %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/screens/welcome.py" line="127"/>
        <source>At least %Ln signature(s) as of %1.</source>
        <translation>
            <numerusform>Ән азы %Ln имза (%1 вәзијјәтинә).</numerusform>
            <numerusform>Ән азы %Ln имза (%1 вәзијјәтинә).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/screens/welcome.py" line="136"/>
        <source>Next milestone: %1. Our goal: %2 signatures.</source>
        <translation>Нөвбәти һәдәф: %1. Әсас мәгсәдимиз: %2 имза.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/welcome.py" line="145"/>
        <source>This tablet collects signatures for the petition shown here. Choose your language, then press the green button to read and sign.</source>
        <translation>Бу планшет бурада ҝөстәрилән петисија үчүн имза топлајыр. Дилинизи сечин, сонра охујуб имзаламаг үчүн јашыл дүјмәни басын.</translation>
    </message>
</context>
<context>
    <name>WithdrawPage</name>
    <message>
        <location filename="../../ui/console/withdraw_page.py" line="40"/>
        <source>Withdraw a signature</source>
        <translation>Имзанын ҝери ҝөтүрүлмәси</translation>
    </message>
    <message>
        <location filename="../../ui/console/withdraw_page.py" line="43"/>
        <source>The signer shows the receipt code from their thank-you screen. The signature then no longer counts, on this tablet or any other.</source>
        <translation>Имзалајан тәшәккүр екранындакы гәбз кодуну ҝөстәрир. Бундан сонра имза нә бу планшетдә, нә дә башгасында сајылмыр.</translation>
    </message>
    <message>
        <location filename="../../ui/console/withdraw_page.py" line="47"/>
        <source>Withdraw…</source>
        <translation>Ҝери ҝөтүр…</translation>
    </message>
    <message>
        <location filename="../../ui/console/withdraw_page.py" line="48"/>
        <source>Yes, withdraw it</source>
        <translation>Бәли, ҝери ҝөтүр</translation>
    </message>
    <message>
        <location filename="../../ui/console/withdraw_page.py" line="49"/>
        <source>No</source>
        <translation>Хејр</translation>
    </message>
    <message>
        <location filename="../../ui/console/withdraw_page.py" line="55"/>
        <source>Withdraw the signature with code %1? This cannot be undone.</source>
        <translation>%1 кодлу имза ҝери ҝөтүрүлсүн? Буну сонра ләғв етмәк олмаз.</translation>
    </message>
    <message>
        <location filename="../../ui/console/withdraw_page.py" line="64"/>
        <source>That is not a receipt code (12 letters and digits, like 7KQ2 M9XD 4HTB).</source>
        <translation>Бу, гәбз коду дејил (12 һәрф вә рәгәм, мәсәлән, 7KQ2 M9XD 4HTB).</translation>
    </message>
    <message>
        <location filename="../../ui/console/withdraw_page.py" line="77"/>
        <source>That signature is already withdrawn.</source>
        <translation>Бу имза артыг ҝери ҝөтүрүлүб.</translation>
    </message>
    <message>
        <location filename="../../ui/console/withdraw_page.py" line="81"/>
        <source>Withdrawn. It no longer counts on this tablet; the server hears of it at the next sync.</source>
        <translation>Ҝери ҝөтүрүлдү. Имза артыг бу планшетдә сајылмыр; сервер буну нөвбәти синхронлашмада өјрәнәҹәк.</translation>
    </message>
    <message>
        <location filename="../../ui/console/withdraw_page.py" line="84"/>
        <source>Withdrawn. The signature was taken on another tablet: the server removes it there at the next sync.</source>
        <translation>Ҝери ҝөтүрүлдү. Имза башга планшетдә атылыб: сервер ону нөвбәти синхронлашмада орада да чыхараҹаг.</translation>
    </message>
</context>
<context>
    <name>validation</name>
    <message>
        <location filename="../../ui/widgets/validation_text.py" line="13"/>
        <source>Please fill this in.</source>
        <translation>Зәһмәт олмаса, бу хананы долдурун.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/validation_text.py" line="14"/>
        <source>This contains characters that cannot be used.</source>
        <translation>Бурада истифадә етмәк олмајан ишарәләр вар.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/validation_text.py" line="17"/>
        <source>This is too long.</source>
        <translation>Бу, чох узундур.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/validation_text.py" line="18"/>
        <source>This cannot start with =, +, - or @.</source>
        <translation>Бу, =, +, - вә ја @ ишарәси илә башлаја билмәз.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/validation_text.py" line="19"/>
        <source>Please use only letters, digits, spaces and the marks &apos; - . , ( ).</source>
        <translation>Јалныз һәрфләрдән, рәгәмләрдән, бошлугдан вә бу ишарәләрдән истифадә един: &apos; - . , ( ).</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/validation_text.py" line="22"/>
        <source>Please use letters.</source>
        <translation>Зәһмәт олмаса, һәрфләрдән истифадә един.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/validation_text.py" line="23"/>
        <source>Please enter a phone number of 7 to 15 digits.</source>
        <translation>Зәһмәт олмаса, 7–15 рәгәмдән ибарәт телефон нөмрәси јазын.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/validation_text.py" line="26"/>
        <source>Please enter an email address like name@example.az.</source>
        <translation>Зәһмәт олмаса, е-почт үнваныны name@example.az кими јазын.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/validation_text.py" line="29"/>
        <source>Please give a phone number or an email address for updates.</source>
        <translation>Зәһмәт олмаса, хәбәр алмаг үчүн телефон нөмрәси вә ја е-почт үнваны јазын.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/validation_text.py" line="32"/>
        <source>Contact details are kept only if you ask for updates.</source>
        <translation>Телефон вә е-почт јалныз хәбәр алмаг истәсәниз сахланылыр.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/validation_text.py" line="35"/>
        <source>Please enter a year of birth of four digits.</source>
        <translation>Зәһмәт олмаса, доғум илини дөрд рәгәмлә јазын.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/validation_text.py" line="38"/>
        <source>Please confirm that you are old enough to sign.</source>
        <translation>Зәһмәт олмаса, имзаламаг үчүн јашынызын чатдығыны тәсдиг един.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/validation_text.py" line="41"/>
        <source>Please confirm that you sign only for yourself.</source>
        <translation>Зәһмәт олмаса, јалныз өз адыныздан имзаладығынызы тәсдиг един.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/validation_text.py" line="44"/>
        <source>Please agree to how your data is used, or you cannot sign.</source>
        <translation>Зәһмәт олмаса, мәлуматларынызын неҹә истифадә олунаҹағына разылыг верин, әкс һалда имзалаја билмәзсиниз.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/validation_text.py" line="47"/>
        <source>Please sign a little larger.</source>
        <translation>Зәһмәт олмаса, бир аз даһа бөјүк имза атын.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/validation_text.py" line="48"/>
        <source>The drawing could not be read. Please clear it and sign again.</source>
        <translation>Имзаны охумаг мүмкүн олмады. Зәһмәт олмаса, ону тәмизләјиб јенидән имза атын.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/validation_text.py" line="51"/>
        <source>Please choose how to sign.</source>
        <translation>Зәһмәт олмаса, неҹә имзалајаҹағынызы сечин.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/validation_text.py" line="52"/>
        <source>The volunteer code is 3 to 12 letters or digits.</source>
        <translation>Көнүллү коду 3–12 һәрф вә ја рәгәмдән ибарәтдир.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/validation_text.py" line="55"/>
        <source>This language is not offered for this petition.</source>
        <translation>Бу петисија бу дилдә тәгдим олунмур.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/validation_text.py" line="58"/>
        <source>Please tick the box to confirm that this is your signature.</source>
        <translation>Бунун сизин имзаныз олдуғуну тәсдигләмәк үчүн хананы ишарәләјин.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/validation_text.py" line="61"/>
        <source>Please choose why a volunteer is helping.</source>
        <translation>Көнүллүнүн нијә көмәк етдијини сечин.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/validation_text.py" line="64"/>
        <source>Please choose the place again from the list.</source>
        <translation>Зәһмәт олмаса, јери сијаһыдан јенидән сечин.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/validation_text.py" line="67"/>
        <source>Please add your father&apos;s name or your year of birth, so we can tell you apart.</source>
        <translation>Сизи башгасындан ајырд едә билмәјимиз үчүн зәһмәт олмаса, ата адынызы вә ја доғум илинизи әлавә един.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/validation_text.py" line="84"/>
        <source>Enter your given name.</source>
        <translation>Адынызы јазын.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/validation_text.py" line="85"/>
        <source>Enter your surname.</source>
        <translation>Сојадынызы јазын.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/validation_text.py" line="86"/>
        <source>Enter your village or town.</source>
        <translation>Кәндинизи вә ја шәһәринизи јазын.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/validation_text.py" line="87"/>
        <source>Enter your full name.</source>
        <translation>Там адынызы јазын.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/validation_text.py" line="88"/>
        <source>Enter the volunteer&apos;s code.</source>
        <translation>Көнүллүнүн кодуну јазын.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/validation_text.py" line="89"/>
        <source>Enter the volunteer PIN.</source>
        <translation>Көнүллү ПЫН-ини јазын.</translation>
    </message>
</context>
</TS>
