<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="az_Cyrl_AZ">
<context>
    <name>ConsentsScreen</name>
    <message>
        <location filename="../../ui/screens/consents.py" line="37"/>
        <source>How your signature is used</source>
        <translation>Имзаныздан неҹә истифадә олунур</translation>
    </message>
    <message>
        <location filename="../../ui/screens/consents.py" line="39"/>
        <source>Who keeps it</source>
        <translation>Ким сахлајыр</translation>
    </message>
    <message>
        <location filename="../../ui/screens/consents.py" line="40"/>
        <source>What for</source>
        <translation>Нә үчүн</translation>
    </message>
    <message>
        <location filename="../../ui/screens/consents.py" line="41"/>
        <source>What is kept</source>
        <translation>Нә сахланылыр</translation>
    </message>
    <message>
        <location filename="../../ui/screens/consents.py" line="42"/>
        <source>Who receives the list</source>
        <translation>Сијаһы кимә тәгдим олунур</translation>
    </message>
    <message>
        <location filename="../../ui/screens/consents.py" line="43"/>
        <source>How to withdraw</source>
        <translation>Имзанызы неҹә ҝери ҝөтүрмәк олар</translation>
    </message>
    <message>
        <location filename="../../ui/screens/consents.py" line="44"/>
        <source>How long it is kept</source>
        <translation>Нә гәдәр сахланылыр</translation>
    </message>
    <message>
        <location filename="../../ui/screens/consents.py" line="52"/>
        <source>I am %1 years old or older</source>
        <translation>Мәним %1 јашым тамам олуб</translation>
    </message>
    <message>
        <location filename="../../ui/screens/consents.py" line="54"/>
        <source>I sign only for myself</source>
        <translation>Јалныз өз адымдан имзалајырам</translation>
    </message>
    <message>
        <location filename="../../ui/screens/consents.py" line="56"/>
        <source>I agree to my signature being used as written above</source>
        <translation>Имзамдан јухарыда јазылдығы кими истифадә олунмасына разыјам</translation>
    </message>
    <message>
        <location filename="../../ui/screens/consents.py" line="85"/>
        <source>Read how your signature is used, then tick the three boxes if you agree.</source>
        <translation>Имзаныздан неҹә истифадә олундуғуну охујун, разысынызса, үч хананы ишарәләјин.</translation>
    </message>
</context>
<context>
    <name>ConsolePanel</name>
    <message>
        <location filename="../../ui/console/panel.py" line="129"/>
        <source>Coordinator</source>
        <translation>Координатор</translation>
    </message>
    <message>
        <location filename="../../ui/console/panel.py" line="130"/>
        <source>Today and sync</source>
        <translation>Бу ҝүн вә синхронлашма</translation>
    </message>
    <message>
        <location filename="../../ui/console/panel.py" line="130"/>
        <source>Hand-over (USB)</source>
        <translation>Тәһвил (USB)</translation>
    </message>
    <message>
        <location filename="../../ui/console/panel.py" line="130"/>
        <source>Enrol</source>
        <translation>Гејдијјат</translation>
    </message>
    <message>
        <location filename="../../ui/console/panel.py" line="131"/>
        <source>Withdraw</source>
        <translation>Имзаны ҝери ҝөтүр</translation>
    </message>
    <message>
        <location filename="../../ui/console/panel.py" line="131"/>
        <source>Day&apos;s end</source>
        <translation>Ҝүнүн сону</translation>
    </message>
    <message>
        <location filename="../../ui/console/panel.py" line="131"/>
        <source>Settings</source>
        <translation>Ајарлар</translation>
    </message>
    <message>
        <location filename="../../ui/console/panel.py" line="134"/>
        <source>Back to the kiosk</source>
        <translation>Киоска гајыт</translation>
    </message>
    <message>
        <location filename="../../ui/console/panel.py" line="135"/>
        <source>Leave kiosk mode</source>
        <translation>Киоск режиминдән чых</translation>
    </message>
</context>
<context>
    <name>ContactScreen</name>
    <message>
        <location filename="../../ui/screens/contact.py" line="31"/>
        <source>How can we send you news?</source>
        <translation>Хәбәрләри сизә неҹә ҝөндәрәк?</translation>
    </message>
    <message>
        <location filename="../../ui/screens/contact.py" line="34"/>
        <source>Give a phone number, an email address, or both. They are used only for news about this petition and are never given to anyone.</source>
        <translation>Телефон нөмрәнизи, е-почт үнванынызы вә ја һәр икисини јазын. Онлардан јалныз бу петисија һаггында хәбәрләр үчүн истифадә олунур вә һеч кимә верилмир.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/contact.py" line="38"/>
        <source>Phone number</source>
        <translation>Телефон нөмрәси</translation>
    </message>
    <message>
        <location filename="../../ui/screens/contact.py" line="39"/>
        <source>Email address</source>
        <translation>Е-почт үнваны</translation>
    </message>
    <message>
        <location filename="../../ui/screens/contact.py" line="61"/>
        <source>Give a phone number or an email address if you want news about this petition.</source>
        <translation>Бу петисија һаггында хәбәр алмаг истәјирсинизсә, телефон нөмрәси вә ја е-почт үнваны јазын.</translation>
    </message>
</context>
<context>
    <name>DayEndPage</name>
    <message>
        <location filename="../../ui/console/dayend_page.py" line="73"/>
        <source>signed by drawing</source>
        <translation>әл илә имзалајанлар</translation>
    </message>
    <message>
        <location filename="../../ui/console/dayend_page.py" line="74"/>
        <source>typed name and tick</source>
        <translation>адыны јазыб хананы ишарәләјәнләр</translation>
    </message>
    <message>
        <location filename="../../ui/console/dayend_page.py" line="75"/>
        <source>assisted by a volunteer</source>
        <translation>көнүллүнүн көмәји илә</translation>
    </message>
    <message>
        <location filename="../../ui/console/dayend_page.py" line="76"/>
        <source>acknowledged by the server</source>
        <translation>сервер тәсдигләјиб</translation>
    </message>
    <message>
        <location filename="../../ui/console/dayend_page.py" line="77"/>
        <source>not yet sent</source>
        <translation>һәлә ҝөндәрилмәјиб</translation>
    </message>
    <message>
        <location filename="../../ui/console/dayend_page.py" line="78"/>
        <source>withdrawn</source>
        <translation>ҝери ҝөтүрүлүб</translation>
    </message>
    <message>
        <location filename="../../ui/console/dayend_page.py" line="82"/>
        <source>Day&apos;s end</source>
        <translation>Ҝүнүн сону</translation>
    </message>
    <message>
        <location filename="../../ui/console/dayend_page.py" line="85"/>
        <source>Save summary as PDF</source>
        <translation>Хүласәни PDF кими сахла</translation>
    </message>
    <message>
        <location filename="../../ui/console/dayend_page.py" line="86"/>
        <source>Wipe what the server holds…</source>
        <translation>Сервердә оланлары сил…</translation>
    </message>
    <message>
        <location filename="../../ui/console/dayend_page.py" line="150"/>
        <source>Erase every acknowledged signature from this tablet? The server keeps them. This cannot be undone.</source>
        <translation>Сервер тәрәфиндән тәсдигләнмиш бүтүн имзалар бу планшетдән силинсин? Сервер онлары сахлајыр. Буну сонра ләғв етмәк олмаз.</translation>
    </message>
    <message>
        <location filename="../../ui/console/dayend_page.py" line="87"/>
        <source>Yes, wipe</source>
        <translation>Бәли, сил</translation>
    </message>
    <message>
        <location filename="../../ui/console/dayend_page.py" line="88"/>
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
    <name>DetailsScreen</name>
    <message>
        <location filename="../../ui/screens/details.py" line="57"/>
        <source>Your name</source>
        <translation>Адыныз</translation>
    </message>
    <message>
        <location filename="../../ui/screens/details.py" line="58"/>
        <source>Write your name as in your identity card.</source>
        <translation>Адынызы шәхсијјәт вәсигәниздәки кими јазын.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/details.py" line="60"/>
        <source>Given name</source>
        <translation>Ад</translation>
    </message>
    <message>
        <location filename="../../ui/screens/details.py" line="61"/>
        <source>Surname</source>
        <translation>Сојад</translation>
    </message>
    <message>
        <location filename="../../ui/screens/details.py" line="62"/>
        <source>Father&apos;s name (optional)</source>
        <translation>Ата ады (мәҹбури дејил)</translation>
    </message>
    <message>
        <location filename="../../ui/screens/details.py" line="63"/>
        <source>Village or town you are from</source>
        <translation>Кәндиниз вә ја шәһәриниз</translation>
    </message>
    <message>
        <location filename="../../ui/screens/details.py" line="64"/>
        <source>Year of birth</source>
        <translation>Доғум или</translation>
    </message>
    <message>
        <location filename="../../ui/screens/details.py" line="68"/>
        <source>Send me news about this petition (phone or email)</source>
        <translation>Бу петисија һаггында мәнә хәбәр ҝөндәрин (телефон вә ја е-почт илә)</translation>
    </message>
    <message>
        <location filename="../../ui/screens/details.py" line="138"/>
        <source>Write your name and where you are from, as in your identity card. Touch a box to type in it.</source>
        <translation>Адынызы вә һарадан олдуғунузу шәхсијјәт вәсигәниздәки кими јазын. Јазмаг үчүн ханаја тохунун.</translation>
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
    <name>EnrolPage</name>
    <message>
        <location filename="../../ui/console/enrol_page.py" line="48"/>
        <source>Enrol with the campaign&apos;s server</source>
        <translation>Кампанијанын сервериндә гејдијјат</translation>
    </message>
    <message>
        <location filename="../../ui/console/enrol_page.py" line="49"/>
        <source>Server address</source>
        <translation>Серверин үнваны</translation>
    </message>
    <message>
        <location filename="../../ui/console/enrol_page.py" line="50"/>
        <source>Enrolment code from the campaign lead</source>
        <translation>Кампанија рәһбәриндән алынан гејдијјат коду</translation>
    </message>
    <message>
        <location filename="../../ui/console/enrol_page.py" line="51"/>
        <source>Enrol this tablet</source>
        <translation>Бу планшети гејдијјатдан кечир</translation>
    </message>
    <message>
        <location filename="../../ui/console/enrol_page.py" line="59"/>
        <source>Campaign key: %1. The code starts with its first six characters: compare them with what the campaign lead reads out.</source>
        <translation>Кампанија ачары: %1. Код онун илк алты символу илә башлајыр: онлары кампанија рәһбәринин охудуғу илә тутушдурун.</translation>
    </message>
    <message>
        <location filename="../../ui/console/enrol_page.py" line="68"/>
        <source>This tablet runs in DEMO mode. Enrolling makes it a campaign tablet: its practice signatures are erased; PINs and settings stay.</source>
        <translation>Бу планшет НҮМУНӘ режиминдә ишләјир. Гејдијјатдан сонра о, кампанија планшетинә чеврилир: мәшг имзалары силинир; ПИН-ләр вә ајарлар галыр.</translation>
    </message>
    <message>
        <location filename="../../ui/console/enrol_page.py" line="75"/>
        <source>Enrolled with %1; waiting for the campaign lead&apos;s approval.</source>
        <translation>Планшет %1 сервериндә гејдијјатдан кечиб; кампанија рәһбәринин тәсдиги ҝөзләнилир.</translation>
    </message>
    <message>
        <location filename="../../ui/console/enrol_page.py" line="77"/>
        <source>Enrolled with %1.</source>
        <translation>Планшет %1 сервериндә гејдијјатдан кечиб.</translation>
    </message>
    <message>
        <location filename="../../ui/console/enrol_page.py" line="81"/>
        <source>This tablet is not enrolled: it keeps signatures here.</source>
        <translation>Бу планшет гејдијјатдан кечмәјиб: имзалары өзүндә сахлајыр.</translation>
    </message>
    <message>
        <location filename="../../ui/console/enrol_page.py" line="86"/>
        <source>The server address starts with https://</source>
        <translation>Серверин үнваны https:// илә башламалыдыр</translation>
    </message>
    <message>
        <location filename="../../ui/console/enrol_page.py" line="90"/>
        <source>That is not an enrolment code (like 7F3A9C-K2QW-8MXD-4HTB-9RJE).</source>
        <translation>Бу, гејдијјат коду дејил (мәсәлән, 7F3A9C-K2QW-8MXD-4HTB-9RJE).</translation>
    </message>
    <message>
        <location filename="../../ui/console/enrol_page.py" line="95"/>
        <source>Enrolling…</source>
        <translation>Гејдијјат ҝедир…</translation>
    </message>
    <message>
        <location filename="../../ui/console/enrol_page.py" line="119"/>
        <source>Enrolled. The server&apos;s campaign key is %1.</source>
        <translation>Гејдијјат тамамланды. Серверин кампанија ачары: %1.</translation>
    </message>
    <message>
        <location filename="../../ui/console/enrol_page.py" line="128"/>
        <source>This tablet holds signatures for its own campaign file: hand them over first, then enrol a fresh tablet.</source>
        <translation>Бу планшетдә өз кампанија фајлы үчүн имзалар вар: әввәлҹә онлары тәһвил верин, сонра тәмиз планшети гејдијјатдан кечирин.</translation>
    </message>
    <message>
        <location filename="../../ui/console/enrol_page.py" line="131"/>
        <source>The server does not know this code, or it was used or has expired.</source>
        <translation>Сервер бу коду танымыр, ја да код артыг истифадә олунуб вә ја вахты битиб.</translation>
    </message>
    <message>
        <location filename="../../ui/console/enrol_page.py" line="133"/>
        <source>The server&apos;s campaign key does not match this code. Nothing changed.</source>
        <translation>Серверин кампанија ачары бу кода ујғун ҝәлмир. Һеч нә дәјишмәди.</translation>
    </message>
    <message>
        <location filename="../../ui/console/enrol_page.py" line="135"/>
        <source>Cannot reach the server. Check the address and the network.</source>
        <translation>Серверлә әлагә гурмаг мүмкүн дејил. Үнваны вә шәбәкәни јохлајын.</translation>
    </message>
    <message>
        <location filename="../../ui/console/enrol_page.py" line="137"/>
        <source>Enrolment did not work. Nothing changed. Call the campaign lead.</source>
        <translation>Гејдијјат алынмады. Һеч нә дәјишмәди. Кампанија рәһбәринә мүраҹиәт един.</translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <location filename="../../ui/export_text.py" line="49"/>
        <location filename="../../ui/export_text.py" line="52"/>
        <source>Signers</source>
        <translation>Имзалајанлар</translation>
    </message>
    <message>
        <location filename="../../ui/export_text.py" line="50"/>
        <source>Totals by settlement</source>
        <translation>Јашајыш јерләри үзрә ҹәми</translation>
    </message>
    <message>
        <location filename="../../ui/export_text.py" line="51"/>
        <source>Possible duplicates</source>
        <translation>Еһтимал олунан тәкрарлар</translation>
    </message>
    <message>
        <location filename="../../ui/export_text.py" line="53"/>
        <source>Total</source>
        <translation>Ҹәми</translation>
    </message>
    <message>
        <location filename="../../ui/export_text.py" line="54"/>
        <source>drawn</source>
        <translation>әл илә чәкилиб</translation>
    </message>
    <message>
        <location filename="../../ui/export_text.py" line="55"/>
        <source>typed</source>
        <translation>ад јазылыб</translation>
    </message>
    <message>
        <location filename="../../ui/export_text.py" line="56"/>
        <source>assisted</source>
        <translation>көнүллүнүн көмәји илә</translation>
    </message>
    <message>
        <location filename="../../ui/export_text.py" line="57"/>
        <source>hands are not steady</source>
        <translation>әлләри титрәјир</translation>
    </message>
    <message>
        <location filename="../../ui/export_text.py" line="58"/>
        <source>cannot see well</source>
        <translation>јахшы ҝөрмүр</translation>
    </message>
    <message>
        <location filename="../../ui/export_text.py" line="59"/>
        <source>cannot write</source>
        <translation>јаза билмир</translation>
    </message>
    <message>
        <location filename="../../ui/export_text.py" line="60"/>
        <source>another reason</source>
        <translation>башга сәбәб</translation>
    </message>
    <message>
        <location filename="../../ui/export_text.py" line="61"/>
        <source>synthetic (test)</source>
        <translation>синтетик (сынаг)</translation>
    </message>
    <message>
        <location filename="../../ui/export_text.py" line="67"/>
        <source>Surname</source>
        <translation>Сојад</translation>
    </message>
    <message>
        <location filename="../../ui/export_text.py" line="68"/>
        <source>Given name</source>
        <translation>Ад</translation>
    </message>
    <message>
        <location filename="../../ui/export_text.py" line="69"/>
        <source>Patronymic</source>
        <translation>Ата ады</translation>
    </message>
    <message>
        <location filename="../../ui/export_text.py" line="70"/>
        <source>Settlement</source>
        <translation>Јашајыш јери</translation>
    </message>
    <message>
        <location filename="../../ui/export_text.py" line="71"/>
        <source>How signed</source>
        <translation>Неҹә имзаланыб</translation>
    </message>
    <message>
        <location filename="../../ui/export_text.py" line="72"/>
        <source>Volunteer who assisted</source>
        <translation>Көмәк едән көнүллү</translation>
    </message>
    <message>
        <location filename="../../ui/export_text.py" line="73"/>
        <source>Why assisted</source>
        <translation>Көмәјин сәбәби</translation>
    </message>
    <message>
        <location filename="../../ui/export_text.py" line="74"/>
        <source>Typed name</source>
        <translation>Јазылмыш ад</translation>
    </message>
    <message>
        <location filename="../../ui/export_text.py" line="75"/>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <location filename="../../ui/export_text.py" line="76"/>
        <source>Email</source>
        <translation>Е-почт</translation>
    </message>
    <message>
        <location filename="../../ui/export_text.py" line="77"/>
        <source>Language</source>
        <translation>Дил</translation>
    </message>
    <message>
        <location filename="../../ui/export_text.py" line="78"/>
        <source>Signed at</source>
        <translation>Имзаланма вахты</translation>
    </message>
    <message>
        <location filename="../../ui/export_text.py" line="79"/>
        <source>Tablet</source>
        <translation>Планшет</translation>
    </message>
    <message>
        <location filename="../../ui/export_text.py" line="80"/>
        <source>Record</source>
        <translation>Гејдин ID-си</translation>
    </message>
    <message>
        <location filename="../../ui/export_text.py" line="81"/>
        <source>Test data</source>
        <translation>Сынаг мәлуматы</translation>
    </message>
    <message>
        <location filename="../../ui/export_text.py" line="82"/>
        <source>Clock warning</source>
        <translation>Саат хәбәрдарлығы</translation>
    </message>
    <message>
        <location filename="../../ui/export_text.py" line="83"/>
        <source>Place of signing</source>
        <translation>Имзаланма јери</translation>
    </message>
    <message>
        <location filename="../../ui/export_text.py" line="84"/>
        <source>Volunteer on duty</source>
        <translation>Нөвбәтчи көнүллү</translation>
    </message>
    <message>
        <location filename="../../ui/export_text.py" line="85"/>
        <source>Group</source>
        <translation>Груп</translation>
    </message>
    <message>
        <location filename="../../ui/export_text.py" line="86"/>
        <source>Why flagged</source>
        <translation>Нијә гејд олунуб</translation>
    </message>
    <message>
        <location filename="../../ui/export_text.py" line="92"/>
        <source>Unique signers</source>
        <translation>Уникал имзалајанлар</translation>
    </message>
    <message>
        <location filename="../../ui/export_text.py" line="93"/>
        <source>Duplicates removed</source>
        <translation>Чыхарылмыш тәкрарлар</translation>
    </message>
    <message>
        <location filename="../../ui/export_text.py" line="94"/>
        <source>Withdrawn by their signers</source>
        <translation>Имзалајанын өзү ҝери ҝөтүрүб</translation>
    </message>
    <message>
        <location filename="../../ui/export_text.py" line="95"/>
        <source>Left out: tablet revoked</source>
        <translation>Сајылмајыб: планшет ләғв олунуб</translation>
    </message>
    <message>
        <location filename="../../ui/export_text.py" line="96"/>
        <source>Signed by drawing</source>
        <translation>Әл илә имзалајанлар</translation>
    </message>
    <message>
        <location filename="../../ui/export_text.py" line="97"/>
        <source>Signed with a typed name</source>
        <translation>Адыны јазараг имзалајанлар</translation>
    </message>
    <message>
        <location filename="../../ui/export_text.py" line="98"/>
        <source>Signed with a volunteer&apos;s help</source>
        <translation>Көнүллүнүн көмәји илә имзалајанлар</translation>
    </message>
    <message>
        <location filename="../../ui/export_text.py" line="99"/>
        <source>Held aside at the server, not counted</source>
        <translation>Сервердә ајрыҹа сахланылыб, сајылмајыб</translation>
    </message>
    <message>
        <location filename="../../ui/export_text.py" line="107"/>
        <source>Possible duplicates, for a person to judge: nothing here was removed.</source>
        <translation>Еһтимал олунан тәкрарлар, гәрары инсан верир: бурадан һеч нә чыхарылмајыб.</translation>
    </message>
    <message>
        <location filename="../../ui/export_text.py" line="110"/>
        <source>Flagged: names that sound alike once Russian and Azerbaijani spellings are folded together (Мамедов / Məmmədov), in the same settlement (Ağdam / Агдам).</source>
        <translation>Гејд олунуб: рус вә Азәрбајҹан јазылышы ејниләшдирилдикдә ејни сәсләнән адлар (Мамедов / Мәммәдов), ејни јашајыш јериндә (Ағдам / Агдам).</translation>
    </message>
    <message>
        <location filename="../../ui/export_text.py" line="115"/>
        <source>Flagged: names one letter apart in the same settlement.</source>
        <translation>Гејд олунуб: ејни јашајыш јериндә бир һәрфлә фәргләнән адлар.</translation>
    </message>
    <message>
        <location filename="../../ui/export_text.py" line="118"/>
        <source>Exact duplicates (the same name and settlement) were removed already and are not listed.</source>
        <translation>Дәгиг тәкрарлар (ејни ад вә јашајыш јери) артыг чыхарылыб вә бурада ҝөстәрилмир.</translation>
    </message>
    <message>
        <location filename="../../ui/export_text.py" line="123"/>
        <source>sound alike</source>
        <translation>ејни сәсләнир</translation>
    </message>
    <message>
        <location filename="../../ui/export_text.py" line="124"/>
        <source>one letter apart</source>
        <translation>бир һәрфлә фәргләнир</translation>
    </message>
    <message>
        <location filename="../../ui/export_text.py" line="125"/>
        <source>No possible duplicates found.</source>
        <translation>Еһтимал олунан тәкрар тапылмады.</translation>
    </message>
    <message>
        <location filename="../../ui/export_text.py" line="131"/>
        <source>Petition</source>
        <translation>Петисија</translation>
    </message>
    <message>
        <location filename="../../ui/export_text.py" line="132"/>
        <source>Addressed to</source>
        <translation>Үнван</translation>
    </message>
    <message>
        <location filename="../../ui/export_text.py" line="133"/>
        <source>The request</source>
        <translation>Мүраҹиәт</translation>
    </message>
    <message>
        <location filename="../../ui/export_text.py" line="134"/>
        <source>Organisers</source>
        <translation>Тәшкилатчылар</translation>
    </message>
    <message>
        <location filename="../../ui/export_text.py" line="135"/>
        <source>Text in %1</source>
        <translation>Мәтн: %1</translation>
    </message>
    <message>
        <location filename="../../ui/export_text.py" line="136"/>
        <source>SHA-256 of the text shown, its consent wording included</source>
        <translation>Ҝөстәрилән мәтнин SHA-256 һеши (разылыг мәтни дахил олмагла)</translation>
    </message>
    <message>
        <location filename="../../ui/export_text.py" line="139"/>
        <source>Facts as of</source>
        <translation>Фактларын тарихи</translation>
    </message>
    <message>
        <location filename="../../ui/export_text.py" line="140"/>
        <source>Signers who read this text</source>
        <translation>Бу мәтни охујуб имзалајанлар</translation>
    </message>
    <message>
        <location filename="../../ui/export_text.py" line="141"/>
        <source>A text that is not in this campaign file</source>
        <translation>Бу кампанија фајлында олмајан мәтн</translation>
    </message>
    <message>
        <location filename="../../ui/export_text.py" line="144"/>
        <source>How the signatures were collected</source>
        <translation>Имзалар неҹә топланыб</translation>
    </message>
    <message>
        <location filename="../../ui/export_text.py" line="145"/>
        <source>Tablets used: %1. Signatures collected from %2 to %3. Each signature was sealed on the tablet the moment it was given and opened only on the offline export computer. Each person is counted once, however many times they signed.</source>
        <translation>Истифадә олунан планшетләр: %1. Имзалар %2 илә %3 арасында топланыб. Һәр имза верилдији анда планшетдә шифрәләниб вә јалныз шәбәкәјә гошулмајан ихраҹ компүтериндә ачылыб. Һәр кәс нечә дәфә имзаламасындан асылы олмајараг бир дәфә сајылыр.</translation>
    </message>
    <message>
        <location filename="../../ui/export_text.py" line="151"/>
        <source>First signature</source>
        <translation>Илк имза</translation>
    </message>
    <message>
        <location filename="../../ui/export_text.py" line="152"/>
        <source>Last signature</source>
        <translation>Сон имза</translation>
    </message>
    <message>
        <location filename="../../ui/export_text.py" line="153"/>
        <source>Signatures given on a tablet whose clock was wrong (their dates are the tablet&apos;s): %1</source>
        <translation>Сааты сәһв олан планшетдә верилмиш имзалар (тарихләри планшетин саатына ҝөрәдир): %1</translation>
    </message>
    <message>
        <location filename="../../ui/export_text.py" line="157"/>
        <source>The count</source>
        <translation>Имзаларын сајы</translation>
    </message>
    <message>
        <location filename="../../ui/export_text.py" line="158"/>
        <source>Signers by settlement</source>
        <translation>Јашајыш јерләри үзрә имзалајанлар</translation>
    </message>
    <message>
        <location filename="../../ui/export_text.py" line="159"/>
        <source>No.</source>
        <translation>№</translation>
    </message>
    <message>
        <location filename="../../ui/export_text.py" line="160"/>
        <source>Name</source>
        <translation>Сојад, ад, ата ады</translation>
    </message>
    <message>
        <location filename="../../ui/export_text.py" line="161"/>
        <source>Date</source>
        <translation>Тарих</translation>
    </message>
    <message>
        <location filename="../../ui/export_text.py" line="162"/>
        <source>Signature</source>
        <translation>Имза</translation>
    </message>
    <message>
        <location filename="../../ui/export_text.py" line="163"/>
        <source>assisted by %1</source>
        <translation>көнүллү %1 көмәк едиб</translation>
    </message>
    <message>
        <location filename="../../ui/export_text.py" line="164"/>
        <source>page %1 of %2</source>
        <translation>сәһифә %1 / %2</translation>
    </message>
    <message>
        <location filename="../../ui/export_text.py" line="165"/>
        <source>TEST DATA: this file holds simulated signatures. Not for delivery.</source>
        <translation>СЫНАГ МӘЛУМАТЫ: бу фајлда симулјасија олунмуш имзалар вар. Үнвана тәгдим етмәк үчүн дејил.</translation>
    </message>
</context>
<context>
    <name>FormScreen</name>
    <message>
        <location filename="../../ui/screens/form_screen.py" line="43"/>
        <source>Back</source>
        <translation>Ҝери</translation>
    </message>
    <message>
        <location filename="../../ui/screens/form_screen.py" line="44"/>
        <source>Next</source>
        <translation>Ирәли</translation>
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
        <location filename="../../ui/window.py" line="187"/>
        <source>DEMO — practice only: signatures here are not counted</source>
        <translation>НҮМУНӘ — јалныз мәшг үчүндүр: бурадакы имзалар сајылмыр</translation>
    </message>
    <message>
        <location filename="../../ui/window.py" line="188"/>
        <location filename="../../ui/window.py" line="190"/>
        <source>Help</source>
        <translation>Көмәк</translation>
    </message>
    <message>
        <location filename="../../ui/window.py" line="205"/>
        <source>Stop ■</source>
        <translation>Дајандыр ■</translation>
    </message>
    <message>
        <location filename="../../ui/window.py" line="205"/>
        <source>Listen ▶</source>
        <translation>Динлә ▶</translation>
    </message>
    <message>
        <location filename="../../ui/window.py" line="206"/>
        <source>Listen</source>
        <translation>Динлә</translation>
    </message>
</context>
<context>
    <name>LockPanel</name>
    <message>
        <location filename="../../ui/lock.py" line="90"/>
        <source>Volunteer</source>
        <translation>Көнүллү</translation>
    </message>
    <message>
        <location filename="../../ui/lock.py" line="91"/>
        <source>Coordinator</source>
        <translation>Координатор</translation>
    </message>
    <message>
        <location filename="../../ui/lock.py" line="93"/>
        <source>Volunteer PIN</source>
        <translation>Көнүллү ПИН-и</translation>
    </message>
    <message>
        <location filename="../../ui/lock.py" line="95"/>
        <source>Coordinator PIN</source>
        <translation>Координаторун ПИН-и</translation>
    </message>
    <message>
        <location filename="../../ui/lock.py" line="101"/>
        <source>Choose a volunteer PIN (6 to 8 digits)</source>
        <translation>Көнүллү үчүн ПИН сечин (6–8 рәгәм)</translation>
    </message>
    <message>
        <location filename="../../ui/lock.py" line="102"/>
        <source>Choose a coordinator PIN (6 to 8 digits)</source>
        <translation>Координатор үчүн ПИН сечин (6–8 рәгәм)</translation>
    </message>
    <message>
        <location filename="../../ui/lock.py" line="114"/>
        <source>Only coordinators may know it.</source>
        <translation>Ону јалныз координаторлар билмәлидир.</translation>
    </message>
    <message>
        <location filename="../../ui/lock.py" line="126"/>
        <source>A PIN is 6 to 8 digits.</source>
        <translation>ПИН 6–8 рәгәмдән ибарәт олмалыдыр.</translation>
    </message>
    <message>
        <location filename="../../ui/lock.py" line="128"/>
        <source>Choose a PIN that is not a simple sequence.</source>
        <translation>Садә ардыҹыллыг олмајан ПИН сечин.</translation>
    </message>
    <message>
        <location filename="../../ui/lock.py" line="131"/>
        <source>Enter the same PIN again</source>
        <translation>Ејни ПИН-и бир даһа дахил един</translation>
    </message>
    <message>
        <location filename="../../ui/lock.py" line="138"/>
        <source>The two PINs differ. Please start again.</source>
        <translation>Ики ПИН фәрглидир. Зәһмәт олмаса, јенидән башлајын.</translation>
    </message>
    <message>
        <location filename="../../ui/lock.py" line="148"/>
        <source>No volunteer PIN is set on this tablet. Ask the coordinator.</source>
        <translation>Бу планшетдә көнүллү ПИН-и тәјин едилмәјиб. Координатора мүраҹиәт един.</translation>
    </message>
    <message>
        <location filename="../../ui/lock.py" line="158"/>
        <source>Too many wrong PINs. Try again after %1.</source>
        <translation>Сәһв ПИН чох дахил едилди. Саат %1 оландан сонра јенидән ҹәһд един.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/lock.py" line="165"/>
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
        <location filename="../../ui/widgets/more_below.py" line="24"/>
        <source>Scroll down to read more ↓</source>
        <translation>Давамыны охумаг үчүн ашағы сүрүшдүрүн ↓</translation>
    </message>
</context>
<context>
    <name>NoDrawingScreen</name>
    <message>
        <location filename="../../ui/screens/no_drawing.py" line="73"/>
        <source>Signing without drawing</source>
        <translation>Бармагла чәкмәдән имза</translation>
    </message>
    <message>
        <location filename="../../ui/screens/no_drawing.py" line="74"/>
        <source>I type my name</source>
        <translation>Адымы јазырам</translation>
    </message>
    <message>
        <location filename="../../ui/screens/no_drawing.py" line="75"/>
        <source>A volunteer helps me</source>
        <translation>Мәнә көнүллү көмәк едир</translation>
    </message>
    <message>
        <location filename="../../ui/screens/no_drawing.py" line="76"/>
        <source>Your full name</source>
        <translation>Там адыныз</translation>
    </message>
    <message>
        <location filename="../../ui/screens/no_drawing.py" line="77"/>
        <source>This typed name is my signature</source>
        <translation>Јаздығым бу ад мәним имзамдыр</translation>
    </message>
    <message>
        <location filename="../../ui/screens/no_drawing.py" line="79"/>
        <source>A volunteer enters the volunteer PIN and their own code.</source>
        <translation>Көнүллү хүсуси ПИН-и вә өз кодуну дахил едир.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/no_drawing.py" line="81"/>
        <source>Volunteer PIN</source>
        <translation>Көнүллү ПИН-и</translation>
    </message>
    <message>
        <location filename="../../ui/screens/no_drawing.py" line="82"/>
        <source>Volunteer code</source>
        <translation>Көнүллү коду</translation>
    </message>
    <message>
        <location filename="../../ui/screens/no_drawing.py" line="83"/>
        <source>Why is a volunteer helping?</source>
        <translation>Көнүллү нијә көмәк едир?</translation>
    </message>
    <message>
        <location filename="../../ui/screens/no_drawing.py" line="85"/>
        <source>Hands are not steady</source>
        <translation>Әлләр титрәјир</translation>
    </message>
    <message>
        <location filename="../../ui/screens/no_drawing.py" line="86"/>
        <source>Cannot see well</source>
        <translation>Јахшы ҝөрмүр</translation>
    </message>
    <message>
        <location filename="../../ui/screens/no_drawing.py" line="87"/>
        <source>Cannot write</source>
        <translation>Јаза билмир</translation>
    </message>
    <message>
        <location filename="../../ui/screens/no_drawing.py" line="88"/>
        <source>Another reason</source>
        <translation>Башга сәбәб</translation>
    </message>
    <message>
        <location filename="../../ui/screens/no_drawing.py" line="151"/>
        <source>No volunteer PIN is set on this tablet. Ask the coordinator.</source>
        <translation>Бу планшетдә көнүллү ПИН-и тәјин едилмәјиб. Координатора мүраҹиәт един.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/no_drawing.py" line="153"/>
        <source>That is not the volunteer PIN.</source>
        <translation>Бу, көнүллү ПИН-и дејил.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/no_drawing.py" line="154"/>
        <source>Too many wrong PINs. Ask the coordinator.</source>
        <translation>Сәһв ПИН чох дахил едилди. Координатора мүраҹиәт един.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/no_drawing.py" line="180"/>
        <source>Type your name and tick the box, or ask a volunteer to help you.</source>
        <translation>Адынызы јазыб хананы ишарәләјин вә ја көнүллүдән көмәк истәјин.</translation>
    </message>
</context>
<context>
    <name>OnScreenKeyboard</name>
    <message>
        <location filename="../../ui/widgets/keyboard.py" line="309"/>
        <source>Backspace</source>
        <translation>Сил</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/keyboard.py" line="310"/>
        <source>Space</source>
        <translation>Бошлуг</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/keyboard.py" line="311"/>
        <source>Shift</source>
        <translation>Бөјүк һәрф</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/keyboard.py" line="312"/>
        <source>Change keyboard language</source>
        <translation>Клавиатуранын дилини дәјиш</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/keyboard.py" line="313"/>
        <source>Hide keyboard</source>
        <translation>Клавиатураны ҝизләт</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/keyboard.py" line="314"/>
        <source>Letters</source>
        <translation>Һәрфләр</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/keyboard.py" line="319"/>
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
        <location filename="../../ui/console/overview.py" line="93"/>
        <source>imza.toml has a mistake, so the defaults apply: %1</source>
        <translation>imza.toml фајлында сәһв вар, она ҝөрә стандарт ајарлар ишләјир: %1</translation>
    </message>
    <message>
        <location filename="../../ui/console/overview.py" line="115"/>
        <source>A DEMO tablet never syncs.</source>
        <translation>НҮМУНӘ планшети һеч вахт синхронлашмыр.</translation>
    </message>
    <message>
        <location filename="../../ui/console/overview.py" line="117"/>
        <source>Not enrolled with a server yet: see Enrol.</source>
        <translation>Планшет һәлә сервердә гејдијјатдан кечмәјиб: «Гејдијјат» бөлмәсинә бахын.</translation>
    </message>
    <message>
        <location filename="../../ui/console/overview.py" line="123"/>
        <source>Never synced.</source>
        <translation>Һеч вахт синхронлашмајыб.</translation>
    </message>
    <message>
        <location filename="../../ui/console/overview.py" line="124"/>
        <source>Last sync: %1.</source>
        <translation>Сон синхронлашма: %1.</translation>
    </message>
    <message>
        <location filename="../../ui/console/overview.py" line="126"/>
        <source>The last try did not complete.</source>
        <translation>Сонунҹу ҹәһд баша чатмады.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/console/overview.py" line="128"/>
        <source>%n signature(s) still to send.</source>
        <translation>
            <numerusform>Һәлә %n имза ҝөндәрилмәлидир.</numerusform>
            <numerusform>Һәлә %n имза ҝөндәрилмәлидир.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/console/overview.py" line="129"/>
        <source>Everything is sent.</source>
        <translation>Һамысы ҝөндәрилиб.</translation>
    </message>
    <message>
        <location filename="../../ui/console/overview.py" line="134"/>
        <source>The server&apos;s count: not heard yet.</source>
        <translation>Сервердәки сај: һәлә мәлумат ҝәлмәјиб.</translation>
    </message>
    <message>
        <location filename="../../ui/console/overview.py" line="137"/>
        <source>The server counts at least %1 signers of %2, as of %3.</source>
        <translation>Серверин һесабына ҝөрә ән азы %1 имзалајан вар, һәдәф %2 (%3 вәзијјәтинә).</translation>
    </message>
    <message>
        <location filename="../../ui/console/overview.py" line="145"/>
        <source>Chain check: running…</source>
        <translation>Зәнҹир јохламасы: ҝедир…</translation>
    </message>
    <message>
        <location filename="../../ui/console/overview.py" line="147"/>
        <source>Chain check: intact.</source>
        <translation>Зәнҹир јохламасы: зәнҹир бүтөвдүр.</translation>
    </message>
    <message>
        <location filename="../../ui/console/overview.py" line="148"/>
        <source>Chain check: DAMAGED. Do not wipe; call the campaign lead.</source>
        <translation>Зәнҹир јохламасы: ЗӘДӘЛӘНИБ. Силмәјин; кампанија рәһбәринә мүраҹиәт един.</translation>
    </message>
    <message>
        <location filename="../../ui/console/overview.py" line="199"/>
        <source>Sending…</source>
        <translation>Ҝөндәрилир…</translation>
    </message>
    <message>
        <location filename="../../ui/console/overview.py" line="206"/>
        <source>Sending %1 of %2</source>
        <translation>Ҝөндәрилир: %1 / %2</translation>
    </message>
    <message>
        <location filename="../../ui/console/overview.py" line="214"/>
        <source>Sync complete.</source>
        <translation>Синхронлашма баша чатды.</translation>
    </message>
    <message>
        <location filename="../../ui/console/overview.py" line="221"/>
        <source>Sync cancelled; it tries again later by itself.</source>
        <translation>Синхронлашма ләғв едилди; бир гәдәр сонра өзү јенидән ҹәһд едәҹәк.</translation>
    </message>
</context>
<context>
    <name>PausedOverlay</name>
    <message>
        <location filename="../../ui/widgets/paused.py" line="25"/>
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
        <location filename="../../ui/widgets/pinpad.py" line="119"/>
        <source>Digit %1</source>
        <translation>Рәгәм %1</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/pinpad.py" line="121"/>
        <source>Delete</source>
        <translation>Сил</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/pinpad.py" line="122"/>
        <source>OK</source>
        <translation>Тәсдиг</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/pinpad.py" line="123"/>
        <source>Cancel</source>
        <translation>Ләғв ет</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/pinpad.py" line="129"/>
        <source>PIN</source>
        <translation>ПИН</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/widgets/pinpad.py" line="157"/>
        <source>%n digits entered</source>
        <translation>
            <numerusform>%n рәгәм дахил едилиб</numerusform>
            <numerusform>%n рәгәм дахил едилиб</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Question</name>
    <message>
        <location filename="../../ui/widgets/question.py" line="31"/>
        <source>Someone with this name from this settlement has already signed on this tablet. Is that you?</source>
        <translation>Бу кәнддән вә ја шәһәрдән бу адда бири артыг бу планшетдә имза атыб. О сиз идиниз?</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/question.py" line="35"/>
        <source>Yes, that was me</source>
        <translation>Бәли, о мән идим</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/question.py" line="36"/>
        <source>No, that is someone else</source>
        <translation>Хејр, о башгасыдыр</translation>
    </message>
</context>
<context>
    <name>RenewingOverlay</name>
    <message>
        <location filename="../../ui/sync_worker.py" line="197"/>
        <source>One moment, please: this tablet is renewing its connection.</source>
        <translation>Бир дәгигә, зәһмәт олмаса: планшет бағлантысыны јениләјир.</translation>
    </message>
</context>
<context>
    <name>ReviewScreen</name>
    <message>
        <location filename="../../ui/screens/review.py" line="65"/>
        <source>Please check</source>
        <translation>Зәһмәт олмаса, јохлајын</translation>
    </message>
    <message>
        <location filename="../../ui/screens/review.py" line="68"/>
        <source>Name: %1</source>
        <translation>Ад: %1</translation>
    </message>
    <message>
        <location filename="../../ui/screens/review.py" line="69"/>
        <source>Village or town: %1</source>
        <translation>Кәнд вә ја шәһәр: %1</translation>
    </message>
    <message>
        <location filename="../../ui/screens/review.py" line="72"/>
        <source>Born in %1</source>
        <translation>Доғум или: %1</translation>
    </message>
    <message>
        <location filename="../../ui/screens/review.py" line="75"/>
        <source>News to: %1</source>
        <translation>Хәбәрләр үчүн: %1</translation>
    </message>
    <message>
        <location filename="../../ui/screens/review.py" line="80"/>
        <source>Signature: your typed name</source>
        <translation>Имза: јаздығыныз ад</translation>
    </message>
    <message>
        <location filename="../../ui/screens/review.py" line="83"/>
        <source>Signed with the help of volunteer %1</source>
        <translation>%1 кодлу көнүллүнүн көмәји илә имзаланыб</translation>
    </message>
    <message>
        <location filename="../../ui/screens/review.py" line="88"/>
        <source>Petition read in: %1</source>
        <translation>Петисијаны охудуғунуз дил: %1</translation>
    </message>
    <message>
        <location filename="../../ui/screens/review.py" line="90"/>
        <source>Nothing is saved until you press the green button.</source>
        <translation>Јашыл дүјмәни басмајынҹа һеч нә сахланылмыр.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/review.py" line="91"/>
        <source>Change something</source>
        <translation>Дүзәлиш един</translation>
    </message>
    <message>
        <location filename="../../ui/screens/review.py" line="92"/>
        <source>Confirm and sign</source>
        <translation>Тәсдиг едиб имзалајын</translation>
    </message>
    <message>
        <location filename="../../ui/screens/review.py" line="100"/>
        <source>Your signature</source>
        <translation>Имзаныз</translation>
    </message>
    <message>
        <location filename="../../ui/screens/review.py" line="104"/>
        <source>Check what you wrote. Press the green button to sign, or change something first.</source>
        <translation>Јаздыгларынызы јохлајын. Имзаламаг үчүн јашыл дүјмәни басын вә ја әввәлҹә дүзәлиш един.</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../../ui/console/settings_page.py" line="75"/>
        <source>Settings</source>
        <translation>Ајарлар</translation>
    </message>
    <message>
        <location filename="../../ui/console/settings_page.py" line="76"/>
        <source>Clear a form after (seconds)</source>
        <translation>Форма нечә санијәдән сонра силинсин</translation>
    </message>
    <message>
        <location filename="../../ui/console/settings_page.py" line="78"/>
        <source>Clear while reading after (seconds)</source>
        <translation>Охујаркән нечә санијәдән сонра силинсин</translation>
    </message>
    <message>
        <location filename="../../ui/console/settings_page.py" line="80"/>
        <source>Countdown before clearing (seconds)</source>
        <translation>Силинмәздән әввәл ҝери сајым (санијә)</translation>
    </message>
    <message>
        <location filename="../../ui/console/settings_page.py" line="81"/>
        <source>Longest signing (seconds)</source>
        <translation>Ән узун имзалама (санијә)</translation>
    </message>
    <message>
        <location filename="../../ui/console/settings_page.py" line="82"/>
        <source>Language a new signer starts in</source>
        <translation>Јени имзалајан үчүн илкин дил</translation>
    </message>
    <message>
        <location filename="../../ui/console/settings_page.py" line="83"/>
        <source>Change PIN</source>
        <translation>ПИН-и дәјиш</translation>
    </message>
    <message>
        <location filename="../../ui/console/settings_page.py" line="84"/>
        <source>Set volunteer PIN</source>
        <translation>Көнүллү ПИН-ини тәјин ет</translation>
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
        <location filename="../../ui/screens/signature.py" line="53"/>
        <source>Your signature</source>
        <translation>Имзаныз</translation>
    </message>
    <message>
        <location filename="../../ui/screens/signature.py" line="54"/>
        <source>Sign with your finger in the white box, as on paper.</source>
        <translation>Ағ саһәдә бармағынызла, кағызда олдуғу кими имза атын.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/signature.py" line="55"/>
        <source>Signature box</source>
        <translation>Имза саһәси</translation>
    </message>
    <message>
        <location filename="../../ui/screens/signature.py" line="56"/>
        <source>Clear</source>
        <translation>Тәмизләјин</translation>
    </message>
    <message>
        <location filename="../../ui/screens/signature.py" line="57"/>
        <source>I can&apos;t sign with my finger</source>
        <translation>Бармағымла имза ата билмирәм</translation>
    </message>
    <message>
        <location filename="../../ui/screens/signature.py" line="58"/>
        <source>Back</source>
        <translation>Ҝери</translation>
    </message>
    <message>
        <location filename="../../ui/screens/signature.py" line="59"/>
        <source>Next</source>
        <translation>Ирәли</translation>
    </message>
    <message>
        <location filename="../../ui/screens/signature.py" line="82"/>
        <source>Sign in the white box with your finger. If you cannot, press the button under the box.</source>
        <translation>Ағ саһәдә бармағынызла имза атын. Баҹармырсынызса, саһәнин алтындакы дүјмәни басын.</translation>
    </message>
</context>
<context>
    <name>StatusStrip</name>
    <message numerus="yes">
        <location filename="../../ui/widgets/status_strip.py" line="56"/>
        <source>Unsent: %n</source>
        <translation>
            <numerusform>Ҝөндәрилмәјиб: %n</numerusform>
            <numerusform>Ҝөндәрилмәјиб: %n</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/widgets/status_strip.py" line="58"/>
        <source>Last sync: %1</source>
        <translation>Сон синхронлашма: %1</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/status_strip.py" line="60"/>
        <source>Never synced</source>
        <translation>Һеч вахт синхронлашмајыб</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/status_strip.py" line="65"/>
        <source>Battery: unknown</source>
        <translation>Батареја: намәлум</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/status_strip.py" line="68"/>
        <source>Battery: %1%</source>
        <translation>Батареја: %1%</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/status_strip.py" line="73"/>
        <source>Check the tablet&apos;s clock: it is behind</source>
        <translation>Планшетин саатыны јохлајын: ҝери галыр</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/status_strip.py" line="104"/>
        <source>Sending %1 of %2</source>
        <translation>Ҝөндәрилир: %1 / %2</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/status_strip.py" line="108"/>
        <source>Sending…</source>
        <translation>Ҝөндәрилир…</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/status_strip.py" line="119"/>
        <source>Waiting for the campaign lead to approve this tablet</source>
        <translation>Кампанија рәһбәринин бу планшети тәсдигләмәси ҝөзләнилир</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/status_strip.py" line="121"/>
        <source>Not sent: no connection to the server; will try again</source>
        <translation>Ҝөндәрилмәди: серверлә әлагә јохдур; јенидән ҹәһд едиләҹәк</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/status_strip.py" line="123"/>
        <source>Not sent: the server is busy; will try again</source>
        <translation>Ҝөндәрилмәди: сервер мәшғулдур; јенидән ҹәһд едиләҹәк</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/status_strip.py" line="125"/>
        <source>Another sync is running; will try again</source>
        <translation>Башга синхронлашма ҝедир; јенидән ҹәһд едиләҹәк</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/status_strip.py" line="127"/>
        <source>Not sent: this tablet renews its identity when nobody is signing</source>
        <translation>Ҝөндәрилмәди: һеч ким имза атмајанда планшет идентификасијасыны јениләјәҹәк</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/status_strip.py" line="129"/>
        <source>Not sent: needs the coordinator: re-enrol</source>
        <translation>Ҝөндәрилмәди: координатор лазымдыр: јенидән гејдијјат</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/status_strip.py" line="130"/>
        <source>Not sent: ask the coordinator to check the sync</source>
        <translation>Ҝөндәрилмәди: координатордан синхронлашманы јохламағы хаһиш един</translation>
    </message>
</context>
<context>
    <name>ThanksScreen</name>
    <message>
        <location filename="../../ui/screens/thanks.py" line="45"/>
        <source>Thank you!</source>
        <translation>Тәшәккүр едирик!</translation>
    </message>
    <message>
        <location filename="../../ui/screens/thanks.py" line="48"/>
        <source>Your signature is already counted. There is no need to sign again.</source>
        <translation>Имзаныз артыг сајылыб. Јенидән имзаламаға еһтијаҹ јохдур.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/thanks.py" line="43"/>
        <source>Thank you, %1!</source>
        <translation>Тәшәккүр едирик, %1!</translation>
    </message>
    <message>
        <location filename="../../ui/screens/thanks.py" line="55"/>
        <source>Your signature is saved on this tablet. It will be sent when the tablet next connects.</source>
        <translation>Имзаныз бу планшетдә сахланылды. Планшет нөвбәти дәфә шәбәкәјә гошуланда ҝөндәриләҹәк.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/screens/thanks.py" line="61"/>
        <source>Today %n people have signed on this tablet.</source>
        <translation>
            <numerusform>Бу ҝүн бу планшетдә %n нәфәр имза атыб.</numerusform>
            <numerusform>Бу ҝүн бу планшетдә %n нәфәр имза атыб.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/screens/thanks.py" line="62"/>
        <source>Show my receipt code</source>
        <translation>Гәбз кодуму ҝөстәрин</translation>
    </message>
    <message>
        <location filename="../../ui/screens/thanks.py" line="64"/>
        <source>Write this code down. With it you can withdraw your signature later.</source>
        <translation>Бу коду јазыб сахлајын. Онунла сонра имзанызы ҝери ҝөтүрә биләрсиниз.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/thanks.py" line="66"/>
        <source>Done</source>
        <translation>Һазырдыр</translation>
    </message>
    <message>
        <location filename="../../ui/screens/thanks.py" line="87"/>
        <source>Your signature is saved. Keep the receipt code if you may want to withdraw your signature later.</source>
        <translation>Имзаныз сахланылды. Сонра имзанызы ҝери ҝөтүрмәк истәјә биләрсинизсә, гәбз кодуну сахлајын.</translation>
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
        <location filename="../../ui/screens/welcome.py" line="85"/>
        <source>Read and sign the petition</source>
        <translation>Петисијаны охујун вә имзалајын</translation>
    </message>
    <message>
        <location filename="../../ui/screens/welcome.py" line="97"/>
        <source>The battery is too low to start a new signature. Please ask a volunteer to charge the tablet.</source>
        <translation>Батареја јени имза үчүн чох зәифдир. Зәһмәт олмаса, көнүллүдән планшети шарж етмәсини хаһиш един.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/screens/welcome.py" line="117"/>
        <source>%n signature(s) on this tablet so far.</source>
        <translation>
            <numerusform>Бу планшетдә индијәдәк %n имза атылыб.</numerusform>
            <numerusform>Бу планшетдә индијәдәк %n имза атылыб.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/screens/welcome.py" line="122"/>
        <source>At least %Ln signature(s) as of %1 + %2 on this tablet.</source>
        <translation>
            <numerusform>Ән азы %Ln имза (%1 вәзијјәтинә) + бу планшетдә даһа %2.</numerusform>
            <numerusform>Ән азы %Ln имза (%1 вәзијјәтинә) + бу планшетдә даһа %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/screens/welcome.py" line="125"/>
        <source>At least %Ln signature(s) as of %1.</source>
        <translation>
            <numerusform>Ән азы %Ln имза (%1 вәзијјәтинә).</numerusform>
            <numerusform>Ән азы %Ln имза (%1 вәзијјәтинә).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/screens/welcome.py" line="134"/>
        <source>Next milestone: %1. Our goal: %2 signatures.</source>
        <translation>Нөвбәти һәдәф: %1. Әсас мәгсәдимиз: %2 имза.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/welcome.py" line="143"/>
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
        <source>Please use letters.</source>
        <translation>Зәһмәт олмаса, һәрфләрдән истифадә един.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/validation_text.py" line="20"/>
        <source>Please enter a phone number of 7 to 15 digits.</source>
        <translation>Зәһмәт олмаса, 7–15 рәгәмдән ибарәт телефон нөмрәси јазын.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/validation_text.py" line="23"/>
        <source>Please enter an email address like name@example.az.</source>
        <translation>Зәһмәт олмаса, е-почт үнваныны name@example.az кими јазын.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/validation_text.py" line="26"/>
        <source>Please give a phone number or an email address for updates.</source>
        <translation>Зәһмәт олмаса, хәбәр алмаг үчүн телефон нөмрәси вә ја е-почт үнваны јазын.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/validation_text.py" line="29"/>
        <source>Contact details are kept only if you ask for updates.</source>
        <translation>Телефон вә е-почт јалныз хәбәр алмаг истәсәниз сахланылыр.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/validation_text.py" line="32"/>
        <source>Please enter a year of birth of four digits.</source>
        <translation>Зәһмәт олмаса, доғум илини дөрд рәгәмлә јазын.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/validation_text.py" line="35"/>
        <source>Please confirm that you are old enough to sign.</source>
        <translation>Зәһмәт олмаса, имзаламаг үчүн јашынызын чатдығыны тәсдиг един.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/validation_text.py" line="38"/>
        <source>Please confirm that you sign only for yourself.</source>
        <translation>Зәһмәт олмаса, јалныз өз адыныздан имзаладығынызы тәсдиг един.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/validation_text.py" line="41"/>
        <source>Please agree to how your data is used, or you cannot sign.</source>
        <translation>Зәһмәт олмаса, мәлуматларынызын неҹә истифадә олунаҹағына разылыг верин, әкс һалда имзалаја билмәзсиниз.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/validation_text.py" line="44"/>
        <source>Please sign a little larger.</source>
        <translation>Зәһмәт олмаса, бир аз даһа бөјүк имза атын.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/validation_text.py" line="45"/>
        <source>The drawing could not be read. Please clear it and sign again.</source>
        <translation>Имзаны охумаг мүмкүн олмады. Зәһмәт олмаса, ону тәмизләјиб јенидән имза атын.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/validation_text.py" line="48"/>
        <source>Please choose how to sign.</source>
        <translation>Зәһмәт олмаса, неҹә имзалајаҹағынызы сечин.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/validation_text.py" line="49"/>
        <source>The volunteer code is 3 to 12 letters or digits.</source>
        <translation>Көнүллү коду 3–12 һәрф вә ја рәгәмдән ибарәтдир.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/validation_text.py" line="52"/>
        <source>This language is not offered for this petition.</source>
        <translation>Бу петисија бу дилдә тәгдим олунмур.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/validation_text.py" line="55"/>
        <source>Please tick the box to confirm that this is your signature.</source>
        <translation>Бунун сизин имзаныз олдуғуну тәсдигләмәк үчүн хананы ишарәләјин.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/validation_text.py" line="58"/>
        <source>Please choose why a volunteer is helping.</source>
        <translation>Көнүллүнүн нијә көмәк етдијини сечин.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/validation_text.py" line="61"/>
        <source>Please add your father&apos;s name or your year of birth, so we can tell you apart.</source>
        <translation>Сизи башгасындан ајырд едә билмәјимиз үчүн зәһмәт олмаса, ата адынызы вә ја доғум илинизи әлавә един.</translation>
    </message>
</context>
</TS>
