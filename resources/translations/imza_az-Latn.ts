<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="az_AZ">
<context>
    <name>ConsentsScreen</name>
    <message>
        <location filename="../../ui/screens/consents.py" line="37"/>
        <source>How your signature is used</source>
        <translation>İmzanızdan necə istifadə olunur</translation>
    </message>
    <message>
        <location filename="../../ui/screens/consents.py" line="39"/>
        <source>Who keeps it</source>
        <translation>Kim saxlayır</translation>
    </message>
    <message>
        <location filename="../../ui/screens/consents.py" line="40"/>
        <source>What for</source>
        <translation>Nə üçün</translation>
    </message>
    <message>
        <location filename="../../ui/screens/consents.py" line="41"/>
        <source>What is kept</source>
        <translation>Nə saxlanılır</translation>
    </message>
    <message>
        <location filename="../../ui/screens/consents.py" line="42"/>
        <source>Who receives the list</source>
        <translation>Siyahı kimə təqdim olunur</translation>
    </message>
    <message>
        <location filename="../../ui/screens/consents.py" line="43"/>
        <source>How to withdraw</source>
        <translation>İmzanızı necə geri götürmək olar</translation>
    </message>
    <message>
        <location filename="../../ui/screens/consents.py" line="44"/>
        <source>How long it is kept</source>
        <translation>Nə qədər saxlanılır</translation>
    </message>
    <message>
        <location filename="../../ui/screens/consents.py" line="52"/>
        <source>I am %1 years old or older</source>
        <translation>Mənim %1 yaşım tamam olub</translation>
    </message>
    <message>
        <location filename="../../ui/screens/consents.py" line="54"/>
        <source>I sign only for myself</source>
        <translation>Yalnız öz adımdan imzalayıram</translation>
    </message>
    <message>
        <location filename="../../ui/screens/consents.py" line="56"/>
        <source>I agree to my signature being used as written above</source>
        <translation>İmzamdan yuxarıda yazıldığı kimi istifadə olunmasına razıyam</translation>
    </message>
    <message>
        <location filename="../../ui/screens/consents.py" line="85"/>
        <source>Read how your signature is used, then tick the three boxes if you agree.</source>
        <translation>İmzanızdan necə istifadə olunduğunu oxuyun, razısınızsa, üç xananı işarələyin.</translation>
    </message>
</context>
<context>
    <name>ContactScreen</name>
    <message>
        <location filename="../../ui/screens/contact.py" line="31"/>
        <source>How can we send you news?</source>
        <translation>Xəbərləri sizə necə göndərək?</translation>
    </message>
    <message>
        <location filename="../../ui/screens/contact.py" line="34"/>
        <source>Give a phone number, an email address, or both. They are used only for news about this petition and are never given to anyone.</source>
        <translation>Telefon nömrənizi, e-poçt ünvanınızı və ya hər ikisini yazın. Onlardan yalnız bu petisiya haqqında xəbərlər üçün istifadə olunur və heç kimə verilmir.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/contact.py" line="38"/>
        <source>Phone number</source>
        <translation>Telefon nömrəsi</translation>
    </message>
    <message>
        <location filename="../../ui/screens/contact.py" line="39"/>
        <source>Email address</source>
        <translation>E-poçt ünvanı</translation>
    </message>
    <message>
        <location filename="../../ui/screens/contact.py" line="61"/>
        <source>Give a phone number or an email address if you want news about this petition.</source>
        <translation>Bu petisiya haqqında xəbər almaq istəyirsinizsə, telefon nömrəsi və ya e-poçt ünvanı yazın.</translation>
    </message>
</context>
<context>
    <name>CoordinatorMenu</name>
    <message>
        <location filename="../../ui/coordinator_menu.py" line="87"/>
        <source>Coordinator</source>
        <translation>Koordinator</translation>
    </message>
    <message>
        <location filename="../../ui/coordinator_menu.py" line="88"/>
        <source>Clear a form after (seconds)</source>
        <translation>Forma neçə saniyədən sonra silinsin</translation>
    </message>
    <message>
        <location filename="../../ui/coordinator_menu.py" line="90"/>
        <source>Clear while reading after (seconds)</source>
        <translation>Oxuyarkən neçə saniyədən sonra silinsin</translation>
    </message>
    <message>
        <location filename="../../ui/coordinator_menu.py" line="92"/>
        <source>Countdown before clearing (seconds)</source>
        <translation>Silinməzdən əvvəl geri sayım (saniyə)</translation>
    </message>
    <message>
        <location filename="../../ui/coordinator_menu.py" line="93"/>
        <source>Longest signing (seconds)</source>
        <translation>Ən uzun imzalama (saniyə)</translation>
    </message>
    <message>
        <location filename="../../ui/coordinator_menu.py" line="94"/>
        <source>Language a new signer starts in</source>
        <translation>Yeni imzalayan üçün ilkin dil</translation>
    </message>
    <message>
        <location filename="../../ui/coordinator_menu.py" line="95"/>
        <source>Back to the kiosk</source>
        <translation>Kioska qayıt</translation>
    </message>
    <message>
        <location filename="../../ui/coordinator_menu.py" line="96"/>
        <source>Change PIN</source>
        <translation>PİN-i dəyiş</translation>
    </message>
    <message>
        <location filename="../../ui/coordinator_menu.py" line="97"/>
        <source>Set volunteer PIN</source>
        <translation>Könüllü PİN-ini təyin et</translation>
    </message>
    <message>
        <location filename="../../ui/coordinator_menu.py" line="98"/>
        <source>Leave kiosk mode</source>
        <translation>Kiosk rejimindən çıx</translation>
    </message>
</context>
<context>
    <name>DetailsScreen</name>
    <message>
        <location filename="../../ui/screens/details.py" line="57"/>
        <source>Your name</source>
        <translation>Adınız</translation>
    </message>
    <message>
        <location filename="../../ui/screens/details.py" line="58"/>
        <source>Write your name as in your identity card.</source>
        <translation>Adınızı şəxsiyyət vəsiqənizdəki kimi yazın.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/details.py" line="60"/>
        <source>Given name</source>
        <translation>Ad</translation>
    </message>
    <message>
        <location filename="../../ui/screens/details.py" line="61"/>
        <source>Surname</source>
        <translation>Soyad</translation>
    </message>
    <message>
        <location filename="../../ui/screens/details.py" line="62"/>
        <source>Father&apos;s name (optional)</source>
        <translation>Ata adı (məcburi deyil)</translation>
    </message>
    <message>
        <location filename="../../ui/screens/details.py" line="63"/>
        <source>Village or town you are from</source>
        <translation>Kəndiniz və ya şəhəriniz</translation>
    </message>
    <message>
        <location filename="../../ui/screens/details.py" line="64"/>
        <source>Year of birth</source>
        <translation>Doğum ili</translation>
    </message>
    <message>
        <location filename="../../ui/screens/details.py" line="68"/>
        <source>Send me news about this petition (phone or email)</source>
        <translation>Bu petisiya haqqında mənə xəbər göndərin (telefon və ya e-poçt ilə)</translation>
    </message>
    <message>
        <location filename="../../ui/screens/details.py" line="138"/>
        <source>Write your name and where you are from, as in your identity card. Touch a box to type in it.</source>
        <translation>Adınızı və haradan olduğunuzu şəxsiyyət vəsiqənizdəki kimi yazın. Yazmaq üçün xanaya toxunun.</translation>
    </message>
</context>
<context>
    <name>DimOverlay</name>
    <message>
        <location filename="../../ui/widgets/dim_overlay.py" line="22"/>
        <source>Screen dimmed: touch to wake</source>
        <translation>Ekran qaraldılıb: oyatmaq üçün toxunun</translation>
    </message>
</context>
<context>
    <name>FormScreen</name>
    <message>
        <location filename="../../ui/screens/form_screen.py" line="43"/>
        <source>Back</source>
        <translation>Geri</translation>
    </message>
    <message>
        <location filename="../../ui/screens/form_screen.py" line="44"/>
        <source>Next</source>
        <translation>İrəli</translation>
    </message>
</context>
<context>
    <name>HelpCard</name>
    <message>
        <location filename="../../ui/widgets/help_card.py" line="39"/>
        <source>Help</source>
        <translation>Kömək</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/help_card.py" line="40"/>
        <source>Close</source>
        <translation>Bağla</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/help_card.py" line="41"/>
        <source>Listen ▶</source>
        <translation>Dinlə ▶</translation>
    </message>
</context>
<context>
    <name>IdlePrompt</name>
    <message>
        <location filename="../../ui/widgets/idle_prompt.py" line="41"/>
        <source>Are you still there?</source>
        <translation>Siz hələ buradasınız?</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/widgets/idle_prompt.py" line="43"/>
        <source>Your answers will be cleared in %n second(s).</source>
        <translation>
            <numerusform>Cavablarınız %n saniyədən sonra silinəcək.</numerusform>
            <numerusform>Cavablarınız %n saniyədən sonra silinəcək.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/widgets/idle_prompt.py" line="45"/>
        <source>Yes, I am here</source>
        <translation>Bəli, buradayam</translation>
    </message>
</context>
<context>
    <name>KioskWindow</name>
    <message>
        <location filename="../../ui/window.py" line="179"/>
        <source>DEMO — practice only: signatures here are not counted</source>
        <translation>NÜMUNƏ — yalnız məşq üçündür: buradakı imzalar sayılmır</translation>
    </message>
    <message>
        <location filename="../../ui/window.py" line="180"/>
        <location filename="../../ui/window.py" line="182"/>
        <source>Help</source>
        <translation>Kömək</translation>
    </message>
    <message>
        <location filename="../../ui/window.py" line="197"/>
        <source>Stop ■</source>
        <translation>Dayandır ■</translation>
    </message>
    <message>
        <location filename="../../ui/window.py" line="197"/>
        <source>Listen ▶</source>
        <translation>Dinlə ▶</translation>
    </message>
    <message>
        <location filename="../../ui/window.py" line="198"/>
        <source>Listen</source>
        <translation>Dinlə</translation>
    </message>
</context>
<context>
    <name>LockPanel</name>
    <message>
        <location filename="../../ui/lock.py" line="89"/>
        <source>Volunteer</source>
        <translation>Könüllü</translation>
    </message>
    <message>
        <location filename="../../ui/lock.py" line="90"/>
        <source>Coordinator</source>
        <translation>Koordinator</translation>
    </message>
    <message>
        <location filename="../../ui/lock.py" line="92"/>
        <source>Volunteer PIN</source>
        <translation>Könüllü PİN-i</translation>
    </message>
    <message>
        <location filename="../../ui/lock.py" line="94"/>
        <source>Coordinator PIN</source>
        <translation>Koordinatorun PİN-i</translation>
    </message>
    <message>
        <location filename="../../ui/lock.py" line="100"/>
        <source>Choose a volunteer PIN (6 to 8 digits)</source>
        <translation>Könüllü üçün PİN seçin (6–8 rəqəm)</translation>
    </message>
    <message>
        <location filename="../../ui/lock.py" line="101"/>
        <source>Choose a coordinator PIN (6 to 8 digits)</source>
        <translation>Koordinator üçün PİN seçin (6–8 rəqəm)</translation>
    </message>
    <message>
        <location filename="../../ui/lock.py" line="113"/>
        <source>Only coordinators may know it.</source>
        <translation>Onu yalnız koordinatorlar bilməlidir.</translation>
    </message>
    <message>
        <location filename="../../ui/lock.py" line="125"/>
        <source>A PIN is 6 to 8 digits.</source>
        <translation>PİN 6–8 rəqəmdən ibarət olmalıdır.</translation>
    </message>
    <message>
        <location filename="../../ui/lock.py" line="127"/>
        <source>Choose a PIN that is not a simple sequence.</source>
        <translation>Sadə ardıcıllıq olmayan PİN seçin.</translation>
    </message>
    <message>
        <location filename="../../ui/lock.py" line="130"/>
        <source>Enter the same PIN again</source>
        <translation>Eyni PİN-i bir daha daxil edin</translation>
    </message>
    <message>
        <location filename="../../ui/lock.py" line="137"/>
        <source>The two PINs differ. Please start again.</source>
        <translation>İki PİN fərqlidir. Zəhmət olmasa, yenidən başlayın.</translation>
    </message>
    <message>
        <location filename="../../ui/lock.py" line="147"/>
        <source>No volunteer PIN is set on this tablet. Ask the coordinator.</source>
        <translation>Bu planşetdə könüllü PİN-i təyin edilməyib. Koordinatora müraciət edin.</translation>
    </message>
    <message>
        <location filename="../../ui/lock.py" line="157"/>
        <source>Too many wrong PINs. Try again after %1.</source>
        <translation>Səhv PİN çox daxil edildi. Saat %1 olandan sonra yenidən cəhd edin.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/lock.py" line="164"/>
        <source>Wrong PIN. %n attempt(s) left.</source>
        <translation>
            <numerusform>PİN səhvdir. %n cəhd qalıb.</numerusform>
            <numerusform>PİN səhvdir. %n cəhd qalıb.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MoreBelow</name>
    <message>
        <location filename="../../ui/widgets/more_below.py" line="24"/>
        <source>Scroll down to read more ↓</source>
        <translation>Davamını oxumaq üçün aşağı sürüşdürün ↓</translation>
    </message>
</context>
<context>
    <name>NoDrawingScreen</name>
    <message>
        <location filename="../../ui/screens/no_drawing.py" line="73"/>
        <source>Signing without drawing</source>
        <translation>Barmaqla çəkmədən imza</translation>
    </message>
    <message>
        <location filename="../../ui/screens/no_drawing.py" line="74"/>
        <source>I type my name</source>
        <translation>Adımı yazıram</translation>
    </message>
    <message>
        <location filename="../../ui/screens/no_drawing.py" line="75"/>
        <source>A volunteer helps me</source>
        <translation>Mənə könüllü kömək edir</translation>
    </message>
    <message>
        <location filename="../../ui/screens/no_drawing.py" line="76"/>
        <source>Your full name</source>
        <translation>Tam adınız</translation>
    </message>
    <message>
        <location filename="../../ui/screens/no_drawing.py" line="77"/>
        <source>This typed name is my signature</source>
        <translation>Yazdığım bu ad mənim imzamdır</translation>
    </message>
    <message>
        <location filename="../../ui/screens/no_drawing.py" line="79"/>
        <source>A volunteer enters the volunteer PIN and their own code.</source>
        <translation>Könüllü xüsusi PİN-i və öz kodunu daxil edir.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/no_drawing.py" line="81"/>
        <source>Volunteer PIN</source>
        <translation>Könüllü PİN-i</translation>
    </message>
    <message>
        <location filename="../../ui/screens/no_drawing.py" line="82"/>
        <source>Volunteer code</source>
        <translation>Könüllü kodu</translation>
    </message>
    <message>
        <location filename="../../ui/screens/no_drawing.py" line="83"/>
        <source>Why is a volunteer helping?</source>
        <translation>Könüllü niyə kömək edir?</translation>
    </message>
    <message>
        <location filename="../../ui/screens/no_drawing.py" line="85"/>
        <source>Hands are not steady</source>
        <translation>Əllər titrəyir</translation>
    </message>
    <message>
        <location filename="../../ui/screens/no_drawing.py" line="86"/>
        <source>Cannot see well</source>
        <translation>Yaxşı görmür</translation>
    </message>
    <message>
        <location filename="../../ui/screens/no_drawing.py" line="87"/>
        <source>Cannot write</source>
        <translation>Yaza bilmir</translation>
    </message>
    <message>
        <location filename="../../ui/screens/no_drawing.py" line="88"/>
        <source>Another reason</source>
        <translation>Başqa səbəb</translation>
    </message>
    <message>
        <location filename="../../ui/screens/no_drawing.py" line="151"/>
        <source>No volunteer PIN is set on this tablet. Ask the coordinator.</source>
        <translation>Bu planşetdə könüllü PİN-i təyin edilməyib. Koordinatora müraciət edin.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/no_drawing.py" line="153"/>
        <source>That is not the volunteer PIN.</source>
        <translation>Bu, könüllü PİN-i deyil.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/no_drawing.py" line="154"/>
        <source>Too many wrong PINs. Ask the coordinator.</source>
        <translation>Səhv PİN çox daxil edildi. Koordinatora müraciət edin.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/no_drawing.py" line="180"/>
        <source>Type your name and tick the box, or ask a volunteer to help you.</source>
        <translation>Adınızı yazıb xananı işarələyin və ya könüllüdən kömək istəyin.</translation>
    </message>
</context>
<context>
    <name>OnScreenKeyboard</name>
    <message>
        <location filename="../../ui/widgets/keyboard.py" line="309"/>
        <source>Backspace</source>
        <translation>Sil</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/keyboard.py" line="310"/>
        <source>Space</source>
        <translation>Boşluq</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/keyboard.py" line="311"/>
        <source>Shift</source>
        <translation>Böyük hərf</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/keyboard.py" line="312"/>
        <source>Change keyboard language</source>
        <translation>Klaviaturanın dilini dəyiş</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/keyboard.py" line="313"/>
        <source>Hide keyboard</source>
        <translation>Klaviaturanı gizlət</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/keyboard.py" line="314"/>
        <source>Letters</source>
        <translation>Hərflər</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/keyboard.py" line="319"/>
        <source>On-screen keyboard</source>
        <translation>Ekran klaviaturası</translation>
    </message>
</context>
<context>
    <name>PausedOverlay</name>
    <message>
        <location filename="../../ui/widgets/paused.py" line="25"/>
        <source>This tablet is paused. A volunteer will be with you shortly.</source>
        <translation>Bu planşet dayandırılıb. Könüllü tezliklə yanınızda olacaq.</translation>
    </message>
</context>
<context>
    <name>PetitionScreen</name>
    <message>
        <location filename="../../ui/screens/petition.py" line="78"/>
        <source>To: %1</source>
        <translation>Kimə: %1</translation>
    </message>
    <message>
        <location filename="../../ui/screens/petition.py" line="80"/>
        <source>Facts as of %1.</source>
        <translation>Məlumatların tarixi: %1.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/petition.py" line="82"/>
        <source>Organisers</source>
        <translation>Təşkilatçılar</translation>
    </message>
    <message>
        <location filename="../../ui/screens/petition.py" line="84"/>
        <source>Back</source>
        <translation>Geri</translation>
    </message>
    <message>
        <location filename="../../ui/screens/petition.py" line="85"/>
        <source>I want to sign</source>
        <translation>İmzalamaq istəyirəm</translation>
    </message>
    <message>
        <location filename="../../ui/screens/petition.py" line="93"/>
        <source>Read the petition. Move the text up with your finger to see more. When you are ready, press the green button.</source>
        <translation>Petisiyanı oxuyun. Davamını görmək üçün mətni barmağınızla yuxarı sürüşdürün. Hazır olanda yaşıl düyməni basın.</translation>
    </message>
</context>
<context>
    <name>PinPad</name>
    <message>
        <location filename="../../ui/widgets/pinpad.py" line="119"/>
        <source>Digit %1</source>
        <translation>Rəqəm %1</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/pinpad.py" line="121"/>
        <source>Delete</source>
        <translation>Sil</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/pinpad.py" line="122"/>
        <source>OK</source>
        <translation>Təsdiq</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/pinpad.py" line="123"/>
        <source>Cancel</source>
        <translation>Ləğv et</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/pinpad.py" line="129"/>
        <source>PIN</source>
        <translation>PİN</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/widgets/pinpad.py" line="157"/>
        <source>%n digits entered</source>
        <translation>
            <numerusform>%n rəqəm daxil edilib</numerusform>
            <numerusform>%n rəqəm daxil edilib</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Question</name>
    <message>
        <location filename="../../ui/widgets/question.py" line="31"/>
        <source>Someone with this name from this settlement has already signed on this tablet. Is that you?</source>
        <translation>Bu kənddən və ya şəhərdən bu adda biri artıq bu planşetdə imza atıb. O siz idiniz?</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/question.py" line="35"/>
        <source>Yes, that was me</source>
        <translation>Bəli, o mən idim</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/question.py" line="36"/>
        <source>No, that is someone else</source>
        <translation>Xeyr, o başqasıdır</translation>
    </message>
</context>
<context>
    <name>RenewingOverlay</name>
    <message>
        <location filename="../../ui/sync_worker.py" line="180"/>
        <source>One moment, please: this tablet is renewing its connection.</source>
        <translation>Bir dəqiqə, zəhmət olmasa: planşet bağlantısını yeniləyir.</translation>
    </message>
</context>
<context>
    <name>ReviewScreen</name>
    <message>
        <location filename="../../ui/screens/review.py" line="65"/>
        <source>Please check</source>
        <translation>Zəhmət olmasa, yoxlayın</translation>
    </message>
    <message>
        <location filename="../../ui/screens/review.py" line="68"/>
        <source>Name: %1</source>
        <translation>Ad: %1</translation>
    </message>
    <message>
        <location filename="../../ui/screens/review.py" line="69"/>
        <source>Village or town: %1</source>
        <translation>Kənd və ya şəhər: %1</translation>
    </message>
    <message>
        <location filename="../../ui/screens/review.py" line="72"/>
        <source>Born in %1</source>
        <translation>Doğum ili: %1</translation>
    </message>
    <message>
        <location filename="../../ui/screens/review.py" line="75"/>
        <source>News to: %1</source>
        <translation>Xəbərlər üçün: %1</translation>
    </message>
    <message>
        <location filename="../../ui/screens/review.py" line="80"/>
        <source>Signature: your typed name</source>
        <translation>İmza: yazdığınız ad</translation>
    </message>
    <message>
        <location filename="../../ui/screens/review.py" line="83"/>
        <source>Signed with the help of volunteer %1</source>
        <translation>%1 kodlu könüllünün köməyi ilə imzalanıb</translation>
    </message>
    <message>
        <location filename="../../ui/screens/review.py" line="88"/>
        <source>Petition read in: %1</source>
        <translation>Petisiyanı oxuduğunuz dil: %1</translation>
    </message>
    <message>
        <location filename="../../ui/screens/review.py" line="90"/>
        <source>Nothing is saved until you press the green button.</source>
        <translation>Yaşıl düyməni basmayınca heç nə saxlanılmır.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/review.py" line="91"/>
        <source>Change something</source>
        <translation>Düzəliş edin</translation>
    </message>
    <message>
        <location filename="../../ui/screens/review.py" line="92"/>
        <source>Confirm and sign</source>
        <translation>Təsdiq edib imzalayın</translation>
    </message>
    <message>
        <location filename="../../ui/screens/review.py" line="100"/>
        <source>Your signature</source>
        <translation>İmzanız</translation>
    </message>
    <message>
        <location filename="../../ui/screens/review.py" line="104"/>
        <source>Check what you wrote. Press the green button to sign, or change something first.</source>
        <translation>Yazdıqlarınızı yoxlayın. İmzalamaq üçün yaşıl düyməni basın və ya əvvəlcə düzəliş edin.</translation>
    </message>
</context>
<context>
    <name>SignaturePad</name>
    <message>
        <location filename="../../ui/widgets/signature_pad.py" line="47"/>
        <source>Signature pad</source>
        <translation>İmza sahəsi</translation>
    </message>
</context>
<context>
    <name>SignatureScreen</name>
    <message>
        <location filename="../../ui/screens/signature.py" line="53"/>
        <source>Your signature</source>
        <translation>İmzanız</translation>
    </message>
    <message>
        <location filename="../../ui/screens/signature.py" line="54"/>
        <source>Sign with your finger in the white box, as on paper.</source>
        <translation>Ağ sahədə barmağınızla, kağızda olduğu kimi imza atın.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/signature.py" line="55"/>
        <source>Signature box</source>
        <translation>İmza sahəsi</translation>
    </message>
    <message>
        <location filename="../../ui/screens/signature.py" line="56"/>
        <source>Clear</source>
        <translation>Təmizləyin</translation>
    </message>
    <message>
        <location filename="../../ui/screens/signature.py" line="57"/>
        <source>I can&apos;t sign with my finger</source>
        <translation>Barmağımla imza ata bilmirəm</translation>
    </message>
    <message>
        <location filename="../../ui/screens/signature.py" line="58"/>
        <source>Back</source>
        <translation>Geri</translation>
    </message>
    <message>
        <location filename="../../ui/screens/signature.py" line="59"/>
        <source>Next</source>
        <translation>İrəli</translation>
    </message>
    <message>
        <location filename="../../ui/screens/signature.py" line="82"/>
        <source>Sign in the white box with your finger. If you cannot, press the button under the box.</source>
        <translation>Ağ sahədə barmağınızla imza atın. Bacarmırsınızsa, sahənin altındakı düyməni basın.</translation>
    </message>
</context>
<context>
    <name>StatusStrip</name>
    <message numerus="yes">
        <location filename="../../ui/widgets/status_strip.py" line="52"/>
        <source>Unsent: %n</source>
        <translation>
            <numerusform>Göndərilməyib: %n</numerusform>
            <numerusform>Göndərilməyib: %n</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/widgets/status_strip.py" line="54"/>
        <source>Last sync: %1</source>
        <translation>Son sinxronlaşma: %1</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/status_strip.py" line="56"/>
        <source>Never synced</source>
        <translation>Heç vaxt sinxronlaşmayıb</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/status_strip.py" line="61"/>
        <source>Battery: unknown</source>
        <translation>Batareya: naməlum</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/status_strip.py" line="64"/>
        <source>Battery: %1%</source>
        <translation>Batareya: %1%</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/status_strip.py" line="69"/>
        <source>Check the tablet&apos;s clock: it is behind</source>
        <translation>Planşetin saatını yoxlayın: geri qalır</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/status_strip.py" line="100"/>
        <source>Sending %1 of %2</source>
        <translation>Göndərilir: %1 / %2</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/status_strip.py" line="104"/>
        <source>Sending…</source>
        <translation>Göndərilir…</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/status_strip.py" line="115"/>
        <source>Waiting for the campaign lead to approve this tablet</source>
        <translation>Kampaniya rəhbərinin bu planşeti təsdiqləməsi gözlənilir</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/status_strip.py" line="117"/>
        <source>Not sent: no connection to the server; will try again</source>
        <translation>Göndərilmədi: serverlə əlaqə yoxdur; yenidən cəhd ediləcək</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/status_strip.py" line="119"/>
        <source>Not sent: the server is busy; will try again</source>
        <translation>Göndərilmədi: server məşğuldur; yenidən cəhd ediləcək</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/status_strip.py" line="121"/>
        <source>Another sync is running; will try again</source>
        <translation>Başqa sinxronlaşma gedir; yenidən cəhd ediləcək</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/status_strip.py" line="123"/>
        <source>Not sent: this tablet renews its identity when nobody is signing</source>
        <translation>Göndərilmədi: heç kim imza atmayanda planşet identifikasiyasını yeniləyəcək</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/status_strip.py" line="125"/>
        <source>Not sent: needs the coordinator: re-enrol</source>
        <translation>Göndərilmədi: koordinator lazımdır: yenidən qeydiyyat</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/status_strip.py" line="126"/>
        <source>Not sent: ask the coordinator to check the sync</source>
        <translation>Göndərilmədi: koordinatordan sinxronlaşmanı yoxlamağı xahiş edin</translation>
    </message>
</context>
<context>
    <name>ThanksScreen</name>
    <message>
        <location filename="../../ui/screens/thanks.py" line="45"/>
        <source>Thank you!</source>
        <translation>Təşəkkür edirik!</translation>
    </message>
    <message>
        <location filename="../../ui/screens/thanks.py" line="48"/>
        <source>Your signature is already counted. There is no need to sign again.</source>
        <translation>İmzanız artıq sayılıb. Yenidən imzalamağa ehtiyac yoxdur.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/thanks.py" line="43"/>
        <source>Thank you, %1!</source>
        <translation>Təşəkkür edirik, %1!</translation>
    </message>
    <message>
        <location filename="../../ui/screens/thanks.py" line="55"/>
        <source>Your signature is saved on this tablet. It will be sent when the tablet next connects.</source>
        <translation>İmzanız bu planşetdə saxlanıldı. Planşet növbəti dəfə şəbəkəyə qoşulanda göndəriləcək.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/screens/thanks.py" line="61"/>
        <source>Today %n people have signed on this tablet.</source>
        <translation>
            <numerusform>Bu gün bu planşetdə %n nəfər imza atıb.</numerusform>
            <numerusform>Bu gün bu planşetdə %n nəfər imza atıb.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/screens/thanks.py" line="62"/>
        <source>Show my receipt code</source>
        <translation>Qəbz kodumu göstərin</translation>
    </message>
    <message>
        <location filename="../../ui/screens/thanks.py" line="64"/>
        <source>Write this code down. With it you can withdraw your signature later.</source>
        <translation>Bu kodu yazıb saxlayın. Onunla sonra imzanızı geri götürə bilərsiniz.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/thanks.py" line="66"/>
        <source>Done</source>
        <translation>Hazırdır</translation>
    </message>
    <message>
        <location filename="../../ui/screens/thanks.py" line="87"/>
        <source>Your signature is saved. Keep the receipt code if you may want to withdraw your signature later.</source>
        <translation>İmzanız saxlanıldı. Sonra imzanızı geri götürmək istəyə bilərsinizsə, qəbz kodunu saxlayın.</translation>
    </message>
</context>
<context>
    <name>VolunteerPanel</name>
    <message>
        <location filename="../../ui/volunteer_panel.py" line="49"/>
        <source>Volunteer</source>
        <translation>Könüllü</translation>
    </message>
    <message>
        <location filename="../../ui/volunteer_panel.py" line="52"/>
        <source>Today: %1, volunteer %2</source>
        <translation>Bu gün: %1, könüllü %2</translation>
    </message>
    <message>
        <location filename="../../ui/volunteer_panel.py" line="54"/>
        <source>No day started yet.</source>
        <translation>Gün hələ başlanmayıb.</translation>
    </message>
    <message>
        <location filename="../../ui/volunteer_panel.py" line="56"/>
        <source>Site (where the tablet is today)</source>
        <translation>Yer (planşet bu gün haradadır)</translation>
    </message>
    <message>
        <location filename="../../ui/volunteer_panel.py" line="57"/>
        <source>Your volunteer code</source>
        <translation>Könüllü kodunuz</translation>
    </message>
    <message>
        <location filename="../../ui/volunteer_panel.py" line="58"/>
        <source>Start the day</source>
        <translation>Günə başla</translation>
    </message>
    <message>
        <location filename="../../ui/volunteer_panel.py" line="60"/>
        <source>Resume the kiosk</source>
        <translation>Kioskı davam etdir</translation>
    </message>
    <message>
        <location filename="../../ui/volunteer_panel.py" line="60"/>
        <source>Pause the kiosk</source>
        <translation>Kioskı dayandır</translation>
    </message>
    <message>
        <location filename="../../ui/volunteer_panel.py" line="62"/>
        <source>Back to the kiosk</source>
        <translation>Kioska qayıt</translation>
    </message>
</context>
<context>
    <name>WelcomeScreen</name>
    <message>
        <location filename="../../ui/screens/welcome.py" line="85"/>
        <source>Read and sign the petition</source>
        <translation>Petisiyanı oxuyun və imzalayın</translation>
    </message>
    <message>
        <location filename="../../ui/screens/welcome.py" line="97"/>
        <source>The battery is too low to start a new signature. Please ask a volunteer to charge the tablet.</source>
        <translation>Batareya yeni imza üçün çox zəifdir. Zəhmət olmasa, könüllüdən planşeti şarj etməsini xahiş edin.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/screens/welcome.py" line="117"/>
        <source>%n signature(s) on this tablet so far.</source>
        <translation>
            <numerusform>Bu planşetdə indiyədək %n imza atılıb.</numerusform>
            <numerusform>Bu planşetdə indiyədək %n imza atılıb.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/screens/welcome.py" line="122"/>
        <source>At least %Ln signature(s) as of %1 + %2 on this tablet.</source>
        <translation>
            <numerusform>Ən azı %Ln imza (%1 vəziyyətinə) + bu planşetdə daha %2.</numerusform>
            <numerusform>Ən azı %Ln imza (%1 vəziyyətinə) + bu planşetdə daha %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/screens/welcome.py" line="125"/>
        <source>At least %Ln signature(s) as of %1.</source>
        <translation>
            <numerusform>Ən azı %Ln imza (%1 vəziyyətinə).</numerusform>
            <numerusform>Ən azı %Ln imza (%1 vəziyyətinə).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/screens/welcome.py" line="134"/>
        <source>Next milestone: %1. Our goal: %2 signatures.</source>
        <translation>Növbəti hədəf: %1. Əsas məqsədimiz: %2 imza.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/welcome.py" line="143"/>
        <source>This tablet collects signatures for the petition shown here. Choose your language, then press the green button to read and sign.</source>
        <translation>Bu planşet burada göstərilən petisiya üçün imza toplayır. Dilinizi seçin, sonra oxuyub imzalamaq üçün yaşıl düyməni basın.</translation>
    </message>
</context>
<context>
    <name>validation</name>
    <message>
        <location filename="../../ui/widgets/validation_text.py" line="13"/>
        <source>Please fill this in.</source>
        <translation>Zəhmət olmasa, bu xananı doldurun.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/validation_text.py" line="14"/>
        <source>This contains characters that cannot be used.</source>
        <translation>Burada istifadə etmək olmayan işarələr var.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/validation_text.py" line="17"/>
        <source>This is too long.</source>
        <translation>Bu, çox uzundur.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/validation_text.py" line="18"/>
        <source>This cannot start with =, +, - or @.</source>
        <translation>Bu, =, +, - və ya @ işarəsi ilə başlaya bilməz.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/validation_text.py" line="19"/>
        <source>Please use letters.</source>
        <translation>Zəhmət olmasa, hərflərdən istifadə edin.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/validation_text.py" line="20"/>
        <source>Please enter a phone number of 7 to 15 digits.</source>
        <translation>Zəhmət olmasa, 7–15 rəqəmdən ibarət telefon nömrəsi yazın.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/validation_text.py" line="23"/>
        <source>Please enter an email address like name@example.az.</source>
        <translation>Zəhmət olmasa, e-poçt ünvanını name@example.az kimi yazın.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/validation_text.py" line="26"/>
        <source>Please give a phone number or an email address for updates.</source>
        <translation>Zəhmət olmasa, xəbər almaq üçün telefon nömrəsi və ya e-poçt ünvanı yazın.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/validation_text.py" line="29"/>
        <source>Contact details are kept only if you ask for updates.</source>
        <translation>Telefon və e-poçt yalnız xəbər almaq istəsəniz saxlanılır.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/validation_text.py" line="32"/>
        <source>Please enter a year of birth of four digits.</source>
        <translation>Zəhmət olmasa, doğum ilini dörd rəqəmlə yazın.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/validation_text.py" line="35"/>
        <source>Please confirm that you are old enough to sign.</source>
        <translation>Zəhmət olmasa, imzalamaq üçün yaşınızın çatdığını təsdiq edin.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/validation_text.py" line="38"/>
        <source>Please confirm that you sign only for yourself.</source>
        <translation>Zəhmət olmasa, yalnız öz adınızdan imzaladığınızı təsdiq edin.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/validation_text.py" line="41"/>
        <source>Please agree to how your data is used, or you cannot sign.</source>
        <translation>Zəhmət olmasa, məlumatlarınızın necə istifadə olunacağına razılıq verin, əks halda imzalaya bilməzsiniz.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/validation_text.py" line="44"/>
        <source>Please sign a little larger.</source>
        <translation>Zəhmət olmasa, bir az daha böyük imza atın.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/validation_text.py" line="45"/>
        <source>The drawing could not be read. Please clear it and sign again.</source>
        <translation>İmzanı oxumaq mümkün olmadı. Zəhmət olmasa, onu təmizləyib yenidən imza atın.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/validation_text.py" line="48"/>
        <source>Please choose how to sign.</source>
        <translation>Zəhmət olmasa, necə imzalayacağınızı seçin.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/validation_text.py" line="49"/>
        <source>The volunteer code is 3 to 12 letters or digits.</source>
        <translation>Könüllü kodu 3–12 hərf və ya rəqəmdən ibarətdir.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/validation_text.py" line="52"/>
        <source>This language is not offered for this petition.</source>
        <translation>Bu petisiya bu dildə təqdim olunmur.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/validation_text.py" line="55"/>
        <source>Please tick the box to confirm that this is your signature.</source>
        <translation>Bunun sizin imzanız olduğunu təsdiqləmək üçün xananı işarələyin.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/validation_text.py" line="58"/>
        <source>Please choose why a volunteer is helping.</source>
        <translation>Könüllünün niyə kömək etdiyini seçin.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/validation_text.py" line="61"/>
        <source>Please add your father&apos;s name or your year of birth, so we can tell you apart.</source>
        <translation>Sizi başqasından ayırd edə bilməyimiz üçün zəhmət olmasa, ata adınızı və ya doğum ilinizi əlavə edin.</translation>
    </message>
</context>
</TS>
