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
    <name>CoordinatorMenu</name>
    <message>
        <location filename="../../ui/coordinator_menu.py" line="87"/>
        <source>Coordinator</source>
        <translation>Координатор</translation>
    </message>
    <message>
        <location filename="../../ui/coordinator_menu.py" line="88"/>
        <source>Clear a form after (seconds)</source>
        <translation>Форма нечә санијәдән сонра силинсин</translation>
    </message>
    <message>
        <location filename="../../ui/coordinator_menu.py" line="90"/>
        <source>Clear while reading after (seconds)</source>
        <translation>Охујаркән нечә санијәдән сонра силинсин</translation>
    </message>
    <message>
        <location filename="../../ui/coordinator_menu.py" line="92"/>
        <source>Countdown before clearing (seconds)</source>
        <translation>Силинмәздән әввәл ҝери сајым (санијә)</translation>
    </message>
    <message>
        <location filename="../../ui/coordinator_menu.py" line="93"/>
        <source>Longest signing (seconds)</source>
        <translation>Ән узун имзалама (санијә)</translation>
    </message>
    <message>
        <location filename="../../ui/coordinator_menu.py" line="94"/>
        <source>Language a new signer starts in</source>
        <translation>Јени имзалајан үчүн илкин дил</translation>
    </message>
    <message>
        <location filename="../../ui/coordinator_menu.py" line="95"/>
        <source>Back to the kiosk</source>
        <translation>Киоска гајыт</translation>
    </message>
    <message>
        <location filename="../../ui/coordinator_menu.py" line="96"/>
        <source>Change PIN</source>
        <translation>ПИН-и дәјиш</translation>
    </message>
    <message>
        <location filename="../../ui/coordinator_menu.py" line="97"/>
        <source>Set volunteer PIN</source>
        <translation>Көнүллү ПИН-ини тәјин ет</translation>
    </message>
    <message>
        <location filename="../../ui/coordinator_menu.py" line="98"/>
        <source>Leave kiosk mode</source>
        <translation>Киоск режиминдән чых</translation>
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
        <location filename="../../ui/window.py" line="179"/>
        <source>DEMO — practice only: signatures here are not counted</source>
        <translation>НҮМУНӘ — јалныз мәшг үчүндүр: бурадакы имзалар сајылмыр</translation>
    </message>
    <message>
        <location filename="../../ui/window.py" line="180"/>
        <location filename="../../ui/window.py" line="182"/>
        <source>Help</source>
        <translation>Көмәк</translation>
    </message>
    <message>
        <location filename="../../ui/window.py" line="197"/>
        <source>Stop ■</source>
        <translation>Дајандыр ■</translation>
    </message>
    <message>
        <location filename="../../ui/window.py" line="197"/>
        <source>Listen ▶</source>
        <translation>Динлә ▶</translation>
    </message>
    <message>
        <location filename="../../ui/window.py" line="198"/>
        <source>Listen</source>
        <translation>Динлә</translation>
    </message>
</context>
<context>
    <name>LockPanel</name>
    <message>
        <location filename="../../ui/lock.py" line="89"/>
        <source>Volunteer</source>
        <translation>Көнүллү</translation>
    </message>
    <message>
        <location filename="../../ui/lock.py" line="90"/>
        <source>Coordinator</source>
        <translation>Координатор</translation>
    </message>
    <message>
        <location filename="../../ui/lock.py" line="92"/>
        <source>Volunteer PIN</source>
        <translation>Көнүллү ПИН-и</translation>
    </message>
    <message>
        <location filename="../../ui/lock.py" line="94"/>
        <source>Coordinator PIN</source>
        <translation>Координаторун ПИН-и</translation>
    </message>
    <message>
        <location filename="../../ui/lock.py" line="100"/>
        <source>Choose a volunteer PIN (6 to 8 digits)</source>
        <translation>Көнүллү үчүн ПИН сечин (6–8 рәгәм)</translation>
    </message>
    <message>
        <location filename="../../ui/lock.py" line="101"/>
        <source>Choose a coordinator PIN (6 to 8 digits)</source>
        <translation>Координатор үчүн ПИН сечин (6–8 рәгәм)</translation>
    </message>
    <message>
        <location filename="../../ui/lock.py" line="113"/>
        <source>Only coordinators may know it.</source>
        <translation>Ону јалныз координаторлар билмәлидир.</translation>
    </message>
    <message>
        <location filename="../../ui/lock.py" line="125"/>
        <source>A PIN is 6 to 8 digits.</source>
        <translation>ПИН 6–8 рәгәмдән ибарәт олмалыдыр.</translation>
    </message>
    <message>
        <location filename="../../ui/lock.py" line="127"/>
        <source>Choose a PIN that is not a simple sequence.</source>
        <translation>Садә ардыҹыллыг олмајан ПИН сечин.</translation>
    </message>
    <message>
        <location filename="../../ui/lock.py" line="130"/>
        <source>Enter the same PIN again</source>
        <translation>Ејни ПИН-и бир даһа дахил един</translation>
    </message>
    <message>
        <location filename="../../ui/lock.py" line="137"/>
        <source>The two PINs differ. Please start again.</source>
        <translation>Ики ПИН фәрглидир. Зәһмәт олмаса, јенидән башлајын.</translation>
    </message>
    <message>
        <location filename="../../ui/lock.py" line="147"/>
        <source>No volunteer PIN is set on this tablet. Ask the coordinator.</source>
        <translation>Бу планшетдә көнүллү ПИН-и тәјин едилмәјиб. Координатора мүраҹиәт един.</translation>
    </message>
    <message>
        <location filename="../../ui/lock.py" line="157"/>
        <source>Too many wrong PINs. Try again after %1.</source>
        <translation>Сәһв ПИН чох дахил едилди. Саат %1 оландан сонра јенидән ҹәһд един.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/lock.py" line="164"/>
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
        <location filename="../../ui/sync_worker.py" line="180"/>
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
        <location filename="../../ui/widgets/status_strip.py" line="52"/>
        <source>Unsent: %n</source>
        <translation>
            <numerusform>Ҝөндәрилмәјиб: %n</numerusform>
            <numerusform>Ҝөндәрилмәјиб: %n</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/widgets/status_strip.py" line="54"/>
        <source>Last sync: %1</source>
        <translation>Сон синхронлашма: %1</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/status_strip.py" line="56"/>
        <source>Never synced</source>
        <translation>Һеч вахт синхронлашмајыб</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/status_strip.py" line="61"/>
        <source>Battery: unknown</source>
        <translation>Батареја: намәлум</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/status_strip.py" line="64"/>
        <source>Battery: %1%</source>
        <translation>Батареја: %1%</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/status_strip.py" line="69"/>
        <source>Check the tablet&apos;s clock: it is behind</source>
        <translation>Планшетин саатыны јохлајын: ҝери галыр</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/status_strip.py" line="100"/>
        <source>Sending %1 of %2</source>
        <translation>Ҝөндәрилир: %1 / %2</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/status_strip.py" line="104"/>
        <source>Sending…</source>
        <translation>Ҝөндәрилир…</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/status_strip.py" line="115"/>
        <source>Waiting for the campaign lead to approve this tablet</source>
        <translation>Кампанија рәһбәринин бу планшети тәсдигләмәси ҝөзләнилир</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/status_strip.py" line="117"/>
        <source>Not sent: no connection to the server; will try again</source>
        <translation>Ҝөндәрилмәди: серверлә әлагә јохдур; јенидән ҹәһд едиләҹәк</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/status_strip.py" line="119"/>
        <source>Not sent: the server is busy; will try again</source>
        <translation>Ҝөндәрилмәди: сервер мәшғулдур; јенидән ҹәһд едиләҹәк</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/status_strip.py" line="121"/>
        <source>Another sync is running; will try again</source>
        <translation>Башга синхронлашма ҝедир; јенидән ҹәһд едиләҹәк</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/status_strip.py" line="123"/>
        <source>Not sent: this tablet renews its identity when nobody is signing</source>
        <translation>Ҝөндәрилмәди: һеч ким имза атмајанда планшет идентификасијасыны јениләјәҹәк</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/status_strip.py" line="125"/>
        <source>Not sent: needs the coordinator: re-enrol</source>
        <translation>Ҝөндәрилмәди: координатор лазымдыр: јенидән гејдијјат</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/status_strip.py" line="126"/>
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
