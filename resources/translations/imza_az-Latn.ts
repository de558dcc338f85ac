<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="az_AZ">
<context>
    <name>ConsentsScreen</name>
    <message>
        <location filename="../../ui/screens/consents.py" line="58"/>
        <source>How your signature is used</source>
        <translation>İmzanızdan necə istifadə olunur</translation>
    </message>
    <message>
        <location filename="../../ui/screens/consents.py" line="47"/>
        <source>Who keeps it</source>
        <translation>Kim saxlayır</translation>
    </message>
    <message>
        <location filename="../../ui/screens/consents.py" line="29"/>
        <source>Do you agree?</source>
        <translation>Razısınızmı?</translation>
    </message>
    <message>
        <location filename="../../ui/screens/consents.py" line="31"/>
        <source>How your signature is used ›</source>
        <translation>İmzanızdan necə istifadə olunur ›</translation>
    </message>
    <message>
        <location filename="../../ui/screens/consents.py" line="32"/>
        <source>Who keeps it, what for, who receives the list, how to withdraw</source>
        <translation>Kim saxlayır, nə üçün, siyahı kimə təqdim olunur, imzanı necə geri götürmək olar</translation>
    </message>
    <message>
        <location filename="../../ui/screens/consents.py" line="38"/>
        <source>I agree to my signature being used as described</source>
        <translation>İmzamdan təsvir olunduğu kimi istifadə olunmasına razıyam</translation>
    </message>
    <message>
        <location filename="../../ui/screens/consents.py" line="48"/>
        <source>What for</source>
        <translation>Nə üçün</translation>
    </message>
    <message>
        <location filename="../../ui/screens/consents.py" line="49"/>
        <source>What is kept</source>
        <translation>Nə saxlanılır</translation>
    </message>
    <message>
        <location filename="../../ui/screens/consents.py" line="50"/>
        <source>Who receives the list</source>
        <translation>Siyahı kimə təqdim olunur</translation>
    </message>
    <message>
        <location filename="../../ui/screens/consents.py" line="51"/>
        <source>How to withdraw</source>
        <translation>İmzanızı necə geri götürmək olar</translation>
    </message>
    <message>
        <location filename="../../ui/screens/consents.py" line="52"/>
        <source>How long it is kept</source>
        <translation>Nə qədər saxlanılır</translation>
    </message>
    <message>
        <location filename="../../ui/screens/consents.py" line="80"/>
        <source>Touch each of the three sentences you agree with: a tick appears in its box. The button above them shows how your signature is used.</source>
        <translation>Razı olduğunuz üç cümlənin hər birinə toxunun: onun xanasında işarə görünəcək. Onların üstündəki düymə imzanızdan necə istifadə olunduğunu göstərir.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/consents.py" line="36"/>
        <source>I am %1 years old or older</source>
        <translation>Mənim %1 yaşım tamam olub</translation>
    </message>
    <message>
        <location filename="../../ui/screens/consents.py" line="37"/>
        <source>I sign only for myself</source>
        <translation>Yalnız öz adımdan imzalayıram</translation>
    </message>
</context>
<context>
    <name>ConsolePanel</name>
    <message>
        <location filename="../../ui/console/panel.py" line="135"/>
        <source>Coordinator</source>
        <translation>Koordinator</translation>
    </message>
    <message>
        <location filename="../../ui/console/panel.py" line="136"/>
        <source>Today and sync</source>
        <translation>Bu gün və sinxronlaşma</translation>
    </message>
    <message>
        <location filename="../../ui/console/panel.py" line="136"/>
        <source>Hand-over (USB)</source>
        <translation>Təhvil (USB)</translation>
    </message>
    <message>
        <location filename="../../ui/console/panel.py" line="136"/>
        <source>Enrol</source>
        <translation>Qeydiyyat</translation>
    </message>
    <message>
        <location filename="../../ui/console/panel.py" line="137"/>
        <source>Withdraw</source>
        <translation>İmzanı geri götür</translation>
    </message>
    <message>
        <location filename="../../ui/console/panel.py" line="137"/>
        <source>Day&apos;s end</source>
        <translation>Günün sonu</translation>
    </message>
    <message>
        <location filename="../../ui/console/panel.py" line="137"/>
        <source>Settings</source>
        <translation>Ayarlar</translation>
    </message>
    <message>
        <location filename="../../ui/console/panel.py" line="140"/>
        <source>Back to the kiosk</source>
        <translation>Kioska qayıt</translation>
    </message>
    <message>
        <location filename="../../ui/console/panel.py" line="141"/>
        <source>Leave kiosk mode</source>
        <translation>Kiosk rejimindən çıx</translation>
    </message>
    <message>
        <location filename="../../ui/console/panel.py" line="144"/>
        <source>Yes, leave kiosk mode</source>
        <translation>Bəli, kiosk rejimindən çıx</translation>
    </message>
    <message>
        <location filename="../../ui/console/panel.py" line="145"/>
        <source>No, stay</source>
        <translation>Xeyr, qal</translation>
    </message>
    <message>
        <location filename="../../ui/console/panel.py" line="148"/>
        <source>Leave kiosk mode? The tablet collects no signatures until Imza is started again.</source>
        <translation>Kiosk rejimindən çıxılsın? İmza proqramı yenidən işə salınana qədər planşet imza toplamayacaq.</translation>
    </message>
</context>
<context>
    <name>ContactScreen</name>
    <message>
        <location filename="../../ui/screens/contact.py" line="29"/>
        <source>How can we send you news?</source>
        <translation>Xəbərləri sizə necə göndərək?</translation>
    </message>
    <message>
        <location filename="../../ui/screens/contact.py" line="32"/>
        <source>A phone number, an email address, or both. Used only for news about this petition, never given to anyone.</source>
        <translation>Telefon nömrəsi, e-poçt ünvanı və ya hər ikisi. Yalnız bu petisiya haqqında xəbərlər üçün istifadə olunur, heç kimə verilmir.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/contact.py" line="36"/>
        <source>Phone number</source>
        <translation>Telefon nömrəsi</translation>
    </message>
    <message>
        <location filename="../../ui/screens/contact.py" line="37"/>
        <source>Email address</source>
        <translation>E-poçt ünvanı</translation>
    </message>
    <message>
        <location filename="../../ui/screens/contact.py" line="52"/>
        <source>Type a phone number or an email address, or both, for news about this petition. Back takes you to the question about news if you do not want it after all.</source>
        <translation>Bu petisiya haqqında xəbər almaq üçün telefon nömrəsi, e-poçt ünvanı və ya hər ikisini yazın. Fikrinizi dəyişib xəbər istəmirsinizsə, “Geri” düyməsi sizi xəbərlər sualına qaytarır.</translation>
    </message>
</context>
<context>
    <name>DayEndPage</name>
    <message>
        <location filename="../../ui/console/dayend_page.py" line="72"/>
        <source>signed by drawing</source>
        <translation>əl ilə imzalayanlar</translation>
    </message>
    <message>
        <location filename="../../ui/console/dayend_page.py" line="73"/>
        <source>typed name and tick</source>
        <translation>adını yazıb xananı işarələyənlər</translation>
    </message>
    <message>
        <location filename="../../ui/console/dayend_page.py" line="74"/>
        <source>assisted by a volunteer</source>
        <translation>könüllünün köməyi ilə</translation>
    </message>
    <message>
        <location filename="../../ui/console/dayend_page.py" line="75"/>
        <source>acknowledged by the server</source>
        <translation>server təsdiqləyib</translation>
    </message>
    <message>
        <location filename="../../ui/console/dayend_page.py" line="76"/>
        <source>not yet sent</source>
        <translation>hələ göndərilməyib</translation>
    </message>
    <message>
        <location filename="../../ui/console/dayend_page.py" line="77"/>
        <source>withdrawn</source>
        <translation>geri götürülüb</translation>
    </message>
    <message>
        <location filename="../../ui/console/dayend_page.py" line="81"/>
        <source>Day&apos;s end</source>
        <translation>Günün sonu</translation>
    </message>
    <message>
        <location filename="../../ui/console/dayend_page.py" line="84"/>
        <source>Save summary as PDF</source>
        <translation>Xülasəni PDF kimi saxla</translation>
    </message>
    <message>
        <location filename="../../ui/console/dayend_page.py" line="85"/>
        <source>Wipe what the server holds…</source>
        <translation>Serverdə olanları sil…</translation>
    </message>
    <message>
        <location filename="../../ui/console/dayend_page.py" line="150"/>
        <source>Erase every acknowledged signature from this tablet? The server keeps them. This cannot be undone.</source>
        <translation>Server tərəfindən təsdiqlənmiş bütün imzalar bu planşetdən silinsin? Server onları saxlayır. Bunu sonra ləğv etmək olmaz.</translation>
    </message>
    <message>
        <location filename="../../ui/console/dayend_page.py" line="86"/>
        <source>Yes, wipe</source>
        <translation>Bəli, sil</translation>
    </message>
    <message>
        <location filename="../../ui/console/dayend_page.py" line="87"/>
        <source>No</source>
        <translation>Xeyr</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/console/dayend_page.py" line="96"/>
        <source>%1: %n signature(s) today.</source>
        <translation>
            <numerusform>%1: bu gün %n imza.</numerusform>
            <numerusform>%1: bu gün %n imza.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/console/dayend_page.py" line="116"/>
        <source>Could not save there: is the USB stick still there?</source>
        <translation>Ora saxlamaq alınmadı: USB fləşkart hələ taxılıdır?</translation>
    </message>
    <message>
        <location filename="../../ui/console/dayend_page.py" line="118"/>
        <source>Saved to %1.</source>
        <translation>Saxlanıldı: %1.</translation>
    </message>
    <message>
        <location filename="../../ui/console/dayend_page.py" line="127"/>
        <source>Day&apos;s end summary</source>
        <translation>Günün xülasəsi</translation>
    </message>
    <message>
        <location filename="../../ui/console/dayend_page.py" line="129"/>
        <source>DEMO: practice signatures, never counted.</source>
        <translation>NÜMUNƏ: məşq imzalarıdır, heç vaxt sayılmır.</translation>
    </message>
    <message>
        <location filename="../../ui/console/dayend_page.py" line="130"/>
        <source>Campaign: %1</source>
        <translation>Kampaniya: %1</translation>
    </message>
    <message>
        <location filename="../../ui/console/dayend_page.py" line="131"/>
        <source>Tablet: %1</source>
        <translation>Planşet: %1</translation>
    </message>
    <message>
        <location filename="../../ui/console/dayend_page.py" line="134"/>
        <source>Signatures</source>
        <translation>İmzalar</translation>
    </message>
    <message>
        <location filename="../../ui/console/dayend_page.py" line="137"/>
        <source>Signatures per hour today</source>
        <translation>Bu gün saatlar üzrə imzalar</translation>
    </message>
    <message>
        <location filename="../../ui/console/dayend_page.py" line="138"/>
        <source>Counts only: this summary holds no names and needs no key.</source>
        <translation>Yalnız saylar: bu xülasədə ad yoxdur və onu açmaq üçün açar lazım deyil.</translation>
    </message>
    <message>
        <location filename="../../ui/console/dayend_page.py" line="145"/>
        <source>The chain check found damage: do not wipe; call the campaign lead.</source>
        <translation>Zəncir yoxlaması zədə aşkar etdi: silməyin; kampaniya rəhbərinə müraciət edin.</translation>
    </message>
    <message>
        <location filename="../../ui/console/dayend_page.py" line="157"/>
        <source>Wiping…</source>
        <translation>Silinir…</translation>
    </message>
    <message>
        <location filename="../../ui/console/dayend_page.py" line="168"/>
        <source>The wipe did not complete. Nothing was lost.</source>
        <translation>Silmə başa çatmadı. Heç nə itməyib.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/console/dayend_page.py" line="171"/>
        <source>Not wiped: %n record(s) are not yet acknowledged by the server. Sync, or hand over and load the receipt, first.</source>
        <translation>
            <numerusform>Heç nə silinmədi: server hələ %n qeydi təsdiqləməyib. Əvvəlcə sinxronlaşdırın və ya təhvil verib qəbzi yükləyin.</numerusform>
            <numerusform>Heç nə silinmədi: server hələ %n qeydi təsdiqləməyib. Əvvəlcə sinxronlaşdırın və ya təhvil verib qəbzi yükləyin.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/console/dayend_page.py" line="175"/>
        <source>Nothing to wipe.</source>
        <translation>Silinəcək heç nə yoxdur.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/console/dayend_page.py" line="180"/>
        <source>Wiped %n signature record(s). The tablet is ready for tomorrow.</source>
        <translation>
            <numerusform>%n imza qeydi silindi. Planşet sabaha hazırdır.</numerusform>
            <numerusform>%n imza qeydi silindi. Planşet sabaha hazırdır.</numerusform>
        </translation>
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
    <name>DuplicateScreen</name>
    <message>
        <location filename="../../ui/screens/duplicate.py" line="48"/>
        <source>Have you already signed on this tablet?</source>
        <translation>Siz artıq bu planşetdə imza atmısınız?</translation>
    </message>
    <message>
        <location filename="../../ui/screens/duplicate.py" line="52"/>
        <source>Someone called %1 from %2 has already signed on this tablet. Is that you?</source>
        <translation>%2 sakini %1 artıq bu planşetdə imza atıb. O siz idiniz?</translation>
    </message>
    <message>
        <location filename="../../ui/screens/duplicate.py" line="56"/>
        <source>Yes, that was me</source>
        <translation>Bəli, o mən idim</translation>
    </message>
    <message>
        <location filename="../../ui/screens/duplicate.py" line="57"/>
        <source>No, that is someone else</source>
        <translation>Xeyr, o başqasıdır</translation>
    </message>
    <message>
        <location filename="../../ui/screens/duplicate.py" line="58"/>
        <source>Back</source>
        <translation>Geri</translation>
    </message>
    <message>
        <location filename="../../ui/screens/duplicate.py" line="66"/>
        <source>This tablet already has a signature with the same name and place. If it was yours, press Yes: it is counted. If not, press No and we will ask one more thing.</source>
        <translation>Bu planşetdə artıq eyni ad və yer ilə imza var. O sizinsə, “Bəli” düyməsini basın: imzanız sayılıb. Sizin deyilsə, “Xeyr” düyməsini basın, sizdən daha bir şey soruşacağıq.</translation>
    </message>
</context>
<context>
    <name>EnrolPage</name>
    <message>
        <location filename="../../ui/console/enrol_page.py" line="55"/>
        <source>Enrol with the campaign&apos;s server</source>
        <translation>Kampaniyanın serverində qeydiyyat</translation>
    </message>
    <message>
        <location filename="../../ui/console/enrol_page.py" line="57"/>
        <source>This tablet&apos;s device number is below. Read it out to the campaign lead: they approve this tablet when the same number is on their dashboard.</source>
        <translation>Bu planşetin cihaz nömrəsi aşağıdadır. Onu kampaniya rəhbərinə oxuyun: rəhbər kampaniya panelində eyni nömrəni görəndə bu planşeti təsdiqləyir.</translation>
    </message>
    <message>
        <location filename="../../ui/console/enrol_page.py" line="60"/>
        <source>Server address</source>
        <translation>Serverin ünvanı</translation>
    </message>
    <message>
        <location filename="../../ui/console/enrol_page.py" line="61"/>
        <source>Enrolment code from the campaign lead</source>
        <translation>Kampaniya rəhbərindən alınan qeydiyyat kodu</translation>
    </message>
    <message>
        <location filename="../../ui/console/enrol_page.py" line="62"/>
        <source>Enrol this tablet</source>
        <translation>Bu planşeti qeydiyyatdan keçir</translation>
    </message>
    <message>
        <location filename="../../ui/console/enrol_page.py" line="70"/>
        <source>Campaign key: %1. The code starts with its first six characters: compare them with what the campaign lead reads out.</source>
        <translation>Kampaniya açarı: %1. Kod onun ilk altı simvolu ilə başlayır: onları kampaniya rəhbərinin oxuduğu ilə tutuşdurun.</translation>
    </message>
    <message>
        <location filename="../../ui/console/enrol_page.py" line="83"/>
        <source>This tablet runs in DEMO mode. Enrolling makes it a campaign tablet: its practice signatures are erased; PINs and settings stay.</source>
        <translation>Bu planşet NÜMUNƏ rejimində işləyir. Qeydiyyatdan sonra o, kampaniya planşetinə çevrilir: məşq imzaları silinir; PİN-lər və ayarlar qalır.</translation>
    </message>
    <message>
        <location filename="../../ui/console/enrol_page.py" line="89"/>
        <source>Enrolled with %1; waiting for the campaign lead&apos;s approval.</source>
        <translation>Planşet %1 serverində qeydiyyatdan keçib; kampaniya rəhbərinin təsdiqi gözlənilir.</translation>
    </message>
    <message>
        <location filename="../../ui/console/enrol_page.py" line="91"/>
        <source>Enrolled with %1.</source>
        <translation>Planşet %1 serverində qeydiyyatdan keçib.</translation>
    </message>
    <message>
        <location filename="../../ui/console/enrol_page.py" line="95"/>
        <source>This tablet is not enrolled: it keeps signatures here.</source>
        <translation>Bu planşet qeydiyyatdan keçməyib: imzaları özündə saxlayır.</translation>
    </message>
    <message>
        <location filename="../../ui/console/enrol_page.py" line="106"/>
        <source>The server address starts with https://</source>
        <translation>Serverin ünvanı https:// ilə başlamalıdır</translation>
    </message>
    <message>
        <location filename="../../ui/console/enrol_page.py" line="110"/>
        <source>That is not an enrolment code (like 7F3A9C-K2QW-8MXD-4HTB-9RJE).</source>
        <translation>Bu, qeydiyyat kodu deyil (məsələn, 7F3A9C-K2QW-8MXD-4HTB-9RJE).</translation>
    </message>
    <message>
        <location filename="../../ui/console/enrol_page.py" line="115"/>
        <source>Enrolling…</source>
        <translation>Qeydiyyat gedir…</translation>
    </message>
    <message>
        <location filename="../../ui/console/enrol_page.py" line="139"/>
        <source>Enrolled. The server&apos;s campaign key is %1.</source>
        <translation>Qeydiyyat tamamlandı. Serverin kampaniya açarı: %1.</translation>
    </message>
    <message>
        <location filename="../../ui/console/enrol_page.py" line="148"/>
        <source>This tablet holds signatures for its own campaign file: hand them over first, then enrol a fresh tablet.</source>
        <translation>Bu planşetdə öz kampaniya faylı üçün imzalar var: əvvəlcə onları təhvil verin, sonra təmiz planşeti qeydiyyatdan keçirin.</translation>
    </message>
    <message>
        <location filename="../../ui/console/enrol_page.py" line="151"/>
        <source>The server does not know this code, or it was used or has expired.</source>
        <translation>Server bu kodu tanımır, ya da kod artıq istifadə olunub və ya vaxtı bitib.</translation>
    </message>
    <message>
        <location filename="../../ui/console/enrol_page.py" line="153"/>
        <source>The server&apos;s campaign key does not match this code. Nothing changed.</source>
        <translation>Serverin kampaniya açarı bu koda uyğun gəlmir. Heç nə dəyişmədi.</translation>
    </message>
    <message>
        <location filename="../../ui/console/enrol_page.py" line="155"/>
        <source>Cannot reach the server. Check the address and the network.</source>
        <translation>Serverlə əlaqə qurmaq mümkün deyil. Ünvanı və şəbəkəni yoxlayın.</translation>
    </message>
    <message>
        <location filename="../../ui/console/enrol_page.py" line="157"/>
        <source>Enrolment did not work. Nothing changed. Call the campaign lead.</source>
        <translation>Qeydiyyat alınmadı. Heç nə dəyişmədi. Kampaniya rəhbərinə müraciət edin.</translation>
    </message>
</context>
<context>
    <name>ErrorSummary</name>
    <message>
        <location filename="../../ui/widgets/error_summary.py" line="32"/>
        <source>There is a problem</source>
        <translation>Zəhmət olmasa, yoxlayın</translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <location filename="../../ui/export_text.py" line="51"/>
        <location filename="../../ui/export_text.py" line="54"/>
        <source>Signers</source>
        <translation>İmzalayanlar</translation>
    </message>
    <message>
        <location filename="../../ui/export_text.py" line="52"/>
        <source>Totals by settlement</source>
        <translation>Yaşayış yerləri üzrə cəmi</translation>
    </message>
    <message>
        <location filename="../../ui/export_text.py" line="53"/>
        <source>Possible duplicates</source>
        <translation>Ehtimal olunan təkrarlar</translation>
    </message>
    <message>
        <location filename="../../ui/export_text.py" line="55"/>
        <source>Total</source>
        <translation>Cəmi</translation>
    </message>
    <message>
        <location filename="../../ui/export_text.py" line="56"/>
        <source>drawn</source>
        <translation>əl ilə çəkilib</translation>
    </message>
    <message>
        <location filename="../../ui/export_text.py" line="57"/>
        <source>typed</source>
        <translation>ad yazılıb</translation>
    </message>
    <message>
        <location filename="../../ui/export_text.py" line="58"/>
        <source>assisted</source>
        <translation>könüllünün köməyi ilə</translation>
    </message>
    <message>
        <location filename="../../ui/export_text.py" line="59"/>
        <source>hands are not steady</source>
        <translation>əlləri titrəyir</translation>
    </message>
    <message>
        <location filename="../../ui/export_text.py" line="60"/>
        <source>cannot see well</source>
        <translation>yaxşı görmür</translation>
    </message>
    <message>
        <location filename="../../ui/export_text.py" line="61"/>
        <source>cannot write</source>
        <translation>yaza bilmir</translation>
    </message>
    <message>
        <location filename="../../ui/export_text.py" line="62"/>
        <source>another reason</source>
        <translation>başqa səbəb</translation>
    </message>
    <message>
        <location filename="../../ui/export_text.py" line="63"/>
        <source>synthetic (test)</source>
        <translation>sintetik (sınaq)</translation>
    </message>
    <message>
        <location filename="../../ui/export_text.py" line="69"/>
        <source>Surname</source>
        <translation>Soyad</translation>
    </message>
    <message>
        <location filename="../../ui/export_text.py" line="70"/>
        <source>Given name</source>
        <translation>Ad</translation>
    </message>
    <message>
        <location filename="../../ui/export_text.py" line="71"/>
        <source>Patronymic</source>
        <translation>Ata adı</translation>
    </message>
    <message>
        <location filename="../../ui/export_text.py" line="72"/>
        <source>Settlement</source>
        <translation>Yaşayış yeri</translation>
    </message>
    <message>
        <location filename="../../ui/export_text.py" line="73"/>
        <source>How signed</source>
        <translation>Necə imzalanıb</translation>
    </message>
    <message>
        <location filename="../../ui/export_text.py" line="74"/>
        <source>Volunteer who assisted</source>
        <translation>Kömək edən könüllü</translation>
    </message>
    <message>
        <location filename="../../ui/export_text.py" line="75"/>
        <source>Why assisted</source>
        <translation>Köməyin səbəbi</translation>
    </message>
    <message>
        <location filename="../../ui/export_text.py" line="76"/>
        <source>Typed name</source>
        <translation>Yazılmış ad</translation>
    </message>
    <message>
        <location filename="../../ui/export_text.py" line="77"/>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location filename="../../ui/export_text.py" line="78"/>
        <source>Email</source>
        <translation>E-poçt</translation>
    </message>
    <message>
        <location filename="../../ui/export_text.py" line="79"/>
        <source>Language</source>
        <translation>Dil</translation>
    </message>
    <message>
        <location filename="../../ui/export_text.py" line="80"/>
        <source>Signed at</source>
        <translation>İmzalanma vaxtı</translation>
    </message>
    <message>
        <location filename="../../ui/export_text.py" line="81"/>
        <source>Tablet</source>
        <translation>Planşet</translation>
    </message>
    <message>
        <location filename="../../ui/export_text.py" line="82"/>
        <source>Record</source>
        <translation>Qeydin ID-si</translation>
    </message>
    <message>
        <location filename="../../ui/export_text.py" line="83"/>
        <source>Test data</source>
        <translation>Sınaq məlumatı</translation>
    </message>
    <message>
        <location filename="../../ui/export_text.py" line="84"/>
        <source>Clock warning</source>
        <translation>Saat xəbərdarlığı</translation>
    </message>
    <message>
        <location filename="../../ui/export_text.py" line="85"/>
        <source>Place of signing</source>
        <translation>İmzalanma yeri</translation>
    </message>
    <message>
        <location filename="../../ui/export_text.py" line="86"/>
        <source>Volunteer on duty</source>
        <translation>Növbətçi könüllü</translation>
    </message>
    <message>
        <location filename="../../ui/export_text.py" line="87"/>
        <source>Group</source>
        <translation>Qrup</translation>
    </message>
    <message>
        <location filename="../../ui/export_text.py" line="88"/>
        <source>Why flagged</source>
        <translation>Niyə qeyd olunub</translation>
    </message>
    <message>
        <location filename="../../ui/export_text.py" line="94"/>
        <source>People who signed, each counted once</source>
        <translation>İmza atan şəxslər, hər biri bir dəfə sayılmaqla</translation>
    </message>
    <message>
        <location filename="../../ui/export_text.py" line="97"/>
        <source>Duplicates removed</source>
        <translation>Çıxarılmış təkrarlar</translation>
    </message>
    <message>
        <location filename="../../ui/export_text.py" line="98"/>
        <source>Withdrawn by their signers</source>
        <translation>İmzalayanın özü geri götürüb</translation>
    </message>
    <message>
        <location filename="../../ui/export_text.py" line="99"/>
        <source>Left out: tablet revoked</source>
        <translation>Sayılmayıb: planşet ləğv olunub</translation>
    </message>
    <message>
        <location filename="../../ui/export_text.py" line="100"/>
        <source>Signed by drawing</source>
        <translation>Əl ilə imzalayanlar</translation>
    </message>
    <message>
        <location filename="../../ui/export_text.py" line="101"/>
        <source>Signed with a typed name</source>
        <translation>Adını yazaraq imzalayanlar</translation>
    </message>
    <message>
        <location filename="../../ui/export_text.py" line="102"/>
        <source>Signed with a volunteer&apos;s help</source>
        <translation>Könüllünün köməyi ilə imzalayanlar</translation>
    </message>
    <message>
        <location filename="../../ui/export_text.py" line="103"/>
        <source>Held aside at the server, not counted</source>
        <translation>Serverdə ayrıca saxlanılıb, sayılmayıb</translation>
    </message>
    <message>
        <location filename="../../ui/export_text.py" line="111"/>
        <source>Possible duplicates, for a person to judge: nothing here was removed.</source>
        <translation>Ehtimal olunan təkrarlar, qərarı insan verir: buradan heç nə çıxarılmayıb.</translation>
    </message>
    <message>
        <location filename="../../ui/export_text.py" line="114"/>
        <source>Flagged: names that sound alike once Russian and Azerbaijani spellings are folded together (Мамедов / Məmmədov), in the same settlement (Ağdam / Агдам).</source>
        <translation>Qeyd olunub: rus və Azərbaycan yazılışı eyniləşdirildikdə eyni səslənən adlar (Мамедов / Məmmədov), eyni yaşayış yerində (Ağdam / Агдам).</translation>
    </message>
    <message>
        <location filename="../../ui/export_text.py" line="119"/>
        <source>Flagged: names one letter apart in the same settlement.</source>
        <translation>Qeyd olunub: eyni yaşayış yerində bir hərflə fərqlənən adlar.</translation>
    </message>
    <message>
        <location filename="../../ui/export_text.py" line="122"/>
        <source>Exact duplicates (the same name and settlement) were removed already and are not listed.</source>
        <translation>Dəqiq təkrarlar (eyni ad və yaşayış yeri) artıq çıxarılıb və burada göstərilmir.</translation>
    </message>
    <message>
        <location filename="../../ui/export_text.py" line="127"/>
        <source>sound alike</source>
        <translation>eyni səslənir</translation>
    </message>
    <message>
        <location filename="../../ui/export_text.py" line="128"/>
        <source>one letter apart</source>
        <translation>bir hərflə fərqlənir</translation>
    </message>
    <message>
        <location filename="../../ui/export_text.py" line="129"/>
        <source>No possible duplicates found.</source>
        <translation>Ehtimal olunan təkrar tapılmadı.</translation>
    </message>
    <message>
        <location filename="../../ui/export_text.py" line="135"/>
        <source>Petition</source>
        <translation>Petisiya</translation>
    </message>
    <message>
        <location filename="../../ui/export_text.py" line="136"/>
        <source>Addressed to</source>
        <translation>Ünvan</translation>
    </message>
    <message>
        <location filename="../../ui/export_text.py" line="137"/>
        <source>The request</source>
        <translation>Müraciət</translation>
    </message>
    <message>
        <location filename="../../ui/export_text.py" line="138"/>
        <source>Organisers</source>
        <translation>Təşkilatçılar</translation>
    </message>
    <message>
        <location filename="../../ui/export_text.py" line="139"/>
        <source>Text in %1</source>
        <translation>Mətn: %1</translation>
    </message>
    <message>
        <location filename="../../ui/export_text.py" line="140"/>
        <source>SHA-256 of the text shown, its consent wording included</source>
        <translation>Göstərilən mətnin SHA-256 heşi (razılıq mətni daxil olmaqla)</translation>
    </message>
    <message>
        <location filename="../../ui/export_text.py" line="143"/>
        <source>Facts as of</source>
        <translation>Faktların tarixi</translation>
    </message>
    <message>
        <location filename="../../ui/export_text.py" line="144"/>
        <source>Signers who read this text</source>
        <translation>Bu mətni oxuyub imzalayanlar</translation>
    </message>
    <message>
        <location filename="../../ui/export_text.py" line="145"/>
        <source>A text that is not in this campaign file</source>
        <translation>Bu kampaniya faylında olmayan mətn</translation>
    </message>
    <message>
        <location filename="../../ui/export_text.py" line="148"/>
        <source>How the signatures were collected</source>
        <translation>İmzalar necə toplanıb</translation>
    </message>
    <message>
        <location filename="../../ui/export_text.py" line="149"/>
        <source>Tablets used: %1. Signatures collected from %2 to %3. Each signature was sealed on the tablet the moment it was given and opened only on the offline export computer. Each person is counted once, however many times they signed.</source>
        <translation>İstifadə olunan planşetlər: %1. İmzalar %2 ilə %3 arasında toplanıb. Hər imza verildiyi anda planşetdə şifrələnib və yalnız şəbəkəyə qoşulmayan ixrac kompüterində açılıb. Hər kəs neçə dəfə imzalamasından asılı olmayaraq bir dəfə sayılır.</translation>
    </message>
    <message>
        <location filename="../../ui/export_text.py" line="155"/>
        <source>First signature</source>
        <translation>İlk imza</translation>
    </message>
    <message>
        <location filename="../../ui/export_text.py" line="156"/>
        <source>Last signature</source>
        <translation>Son imza</translation>
    </message>
    <message>
        <location filename="../../ui/export_text.py" line="157"/>
        <source>Signatures given on a tablet whose clock was wrong (their dates are the tablet&apos;s): %1</source>
        <translation>Saatı səhv olan planşetdə verilmiş imzalar (tarixləri planşetin saatına görədir): %1</translation>
    </message>
    <message>
        <location filename="../../ui/export_text.py" line="161"/>
        <source>The count</source>
        <translation>İmzaların sayı</translation>
    </message>
    <message>
        <location filename="../../ui/export_text.py" line="162"/>
        <source>Signers by settlement</source>
        <translation>Yaşayış yerləri üzrə imzalayanlar</translation>
    </message>
    <message>
        <location filename="../../ui/export_text.py" line="163"/>
        <source>No.</source>
        <translation>№</translation>
    </message>
    <message>
        <location filename="../../ui/export_text.py" line="164"/>
        <source>Name</source>
        <translation>Soyad, ad, ata adı</translation>
    </message>
    <message>
        <location filename="../../ui/export_text.py" line="165"/>
        <source>Date</source>
        <translation>Tarix</translation>
    </message>
    <message>
        <location filename="../../ui/export_text.py" line="166"/>
        <source>Signature</source>
        <translation>İmza</translation>
    </message>
    <message>
        <location filename="../../ui/export_text.py" line="167"/>
        <source>assisted by %1</source>
        <translation>könüllü %1 kömək edib</translation>
    </message>
    <message>
        <location filename="../../ui/export_text.py" line="168"/>
        <source>page %1 of %2</source>
        <translation>səhifə %1 / %2</translation>
    </message>
    <message>
        <location filename="../../ui/export_text.py" line="169"/>
        <source>TEST DATA: this file holds simulated signatures. Not for delivery.</source>
        <translation>SINAQ MƏLUMATI: bu faylda simulyasiya olunmuş imzalar var. Ünvana təqdim etmək üçün deyil.</translation>
    </message>
    <message>
        <location filename="../../ui/export_text.py" line="177"/>
        <source>%1 people signed this petition on %2 tablets between %3 and %4. Each person is counted once, whatever the script their name was written in; a second signature of the same person and signatures withdrawn by their signers are not counted.</source>
        <translation>Bu petisiyanı %3 – %4 tarixləri arasında %2 planşetdə %1 nəfər imzalayıb. Hər şəxs adının hansı əlifba ilə yazılmasından asılı olmayaraq bir dəfə sayılır; eyni şəxsin ikinci imzası və imzalayanların geri götürdüyü imzalar sayılmır.</translation>
    </message>
    <message>
        <location filename="../../ui/export_text.py" line="183"/>
        <source>Date of delivery</source>
        <translation>Təqdim olunma tarixi</translation>
    </message>
    <message>
        <location filename="../../ui/export_text.py" line="184"/>
        <source>Place of delivery</source>
        <translation>Təqdim olunma yeri</translation>
    </message>
    <message>
        <location filename="../../ui/export_text.py" line="185"/>
        <source>Signed for the organisers</source>
        <translation>Təşkilatçılar adından imzalar</translation>
    </message>
    <message>
        <location filename="../../ui/export_text.py" line="192"/>
        <source>Azerbaijani (Latin script)</source>
        <translation>Azərbaycan dili (latın qrafikası)</translation>
    </message>
    <message>
        <location filename="../../ui/export_text.py" line="193"/>
        <source>Azerbaijani (Cyrillic script)</source>
        <translation>Azərbaycan dili (kiril qrafikası)</translation>
    </message>
    <message>
        <location filename="../../ui/export_text.py" line="194"/>
        <source>Russian</source>
        <translation>Rus dili</translation>
    </message>
    <message>
        <location filename="../../ui/export_text.py" line="195"/>
        <source>English</source>
        <translation>İngilis dili</translation>
    </message>
    <message>
        <location filename="../../ui/export_text.py" line="202"/>
        <source>Verification kit of the petition “%1”</source>
        <translation>“%1” petisiyasının yoxlama dəsti</translation>
    </message>
    <message>
        <location filename="../../ui/export_text.py" line="203"/>
        <source>With it anyone can check the petition&apos;s signatures and their count without trusting whoever hands it over.</source>
        <translation>Bu dəstlə hər kəs petisiyanın imzalarını və onların sayını, dəsti təhvil verənə etibar etmədən yoxlaya bilər.</translation>
    </message>
    <message>
        <location filename="../../ui/export_text.py" line="208"/>
        <source>the petition as delivered: %1 signed</source>
        <translation>təhvil verilən petisiya: %1 nəfər imzalayıb</translation>
    </message>
    <message>
        <location filename="../../ui/export_text.py" line="209"/>
        <source>every signature the count rests on, and what proves it</source>
        <translation>sayın əsaslandığı hər imza və onu sübut edənlər</translation>
    </message>
    <message>
        <location filename="../../ui/export_text.py" line="212"/>
        <source>the signature log and its head, signed on %1: %2 entries</source>
        <translation>imza jurnalı və onun %1 tarixində imzalanmış başlığı: %2 qeyd</translation>
    </message>
    <message>
        <location filename="../../ui/export_text.py" line="215"/>
        <source>each tablet&apos;s key and its signed records</source>
        <translation>hər planşetin açarı və onun imzalanmış qeydləri</translation>
    </message>
    <message>
        <location filename="../../ui/export_text.py" line="218"/>
        <source>the petition texts the signers were shown</source>
        <translation>imzalayanlara göstərilən petisiya mətnləri</translation>
    </message>
    <message>
        <location filename="../../ui/export_text.py" line="221"/>
        <source>the program that checks all of it</source>
        <translation>bütün bunları yoxlayan proqram</translation>
    </message>
    <message>
        <location filename="../../ui/export_text.py" line="222"/>
        <source>To check the kit, run the program with Python 3.11 or later and its package “cryptography”:</source>
        <translation>Dəsti yoxlamaq üçün proqramı Python 3.11 və ya daha yeni versiya və onun “cryptography” paketi ilə işə salın:</translation>
    </message>
    <message>
        <location filename="../../ui/export_text.py" line="227"/>
        <source>It names the key the log is signed with. Compare it with the key the campaign publishes:</source>
        <translation>Proqram jurnalın imzalandığı açarı göstərir. Onu kampaniyanın dərc etdiyi açarla müqayisə edin:</translation>
    </message>
</context>
<context>
    <name>HandoverPage</name>
    <message>
        <location filename="../../ui/console/handover_page.py" line="75"/>
        <source>Hand-over by USB stick</source>
        <translation>USB fləşkart ilə təhvil</translation>
    </message>
    <message>
        <location filename="../../ui/console/handover_page.py" line="78"/>
        <source>No network? Save the unsent signatures to a USB stick and give it to the campaign lead. Their server gives back a receipt file: load it here, and the signatures count as sent. The file is sealed: nobody can read names in it.</source>
        <translation>Şəbəkə yoxdur? Göndərilməmiş imzaları USB fləşkarta yazın və onu kampaniya rəhbərinə verin. Onun serveri qəbz faylı qaytarır: onu burada yükləyin, imzalar göndərilmiş sayılacaq. Fayl şifrələnib: heç kim oradakı adları oxuya bilməz.</translation>
    </message>
    <message>
        <location filename="../../ui/console/handover_page.py" line="83"/>
        <source>Save hand-over file</source>
        <translation>Təhvil faylını saxla</translation>
    </message>
    <message>
        <location filename="../../ui/console/handover_page.py" line="84"/>
        <source>Load receipt</source>
        <translation>Qəbzi yüklə</translation>
    </message>
    <message>
        <location filename="../../ui/console/handover_page.py" line="95"/>
        <source>A DEMO tablet has nothing to hand over.</source>
        <translation>NÜMUNƏ planşetində təhvil veriləcək heç nə yoxdur.</translation>
    </message>
    <message>
        <location filename="../../ui/console/handover_page.py" line="99"/>
        <source>Working…</source>
        <translation>İcra olunur…</translation>
    </message>
    <message>
        <location filename="../../ui/console/handover_page.py" line="116"/>
        <source>Saved %1 signature record(s) to %2.</source>
        <translation>%1 imza qeydi saxlanıldı: %2.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/console/handover_page.py" line="131"/>
        <source>Receipt loaded: acknowledged through no. %1; %n still to send.</source>
        <translation>
            <numerusform>Qəbz yükləndi: № %1 daxil olmaqla təsdiqlənib; hələ %n qeyd göndərilməlidir.</numerusform>
            <numerusform>Qəbz yükləndi: № %1 daxil olmaqla təsdiqlənib; hələ %n qeyd göndərilməlidir.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/console/handover_page.py" line="138"/>
        <source>Nothing to hand over: the server has everything.</source>
        <translation>Təhvil veriləcək heç nə yoxdur: hamısı artıq serverdədir.</translation>
    </message>
    <message>
        <location filename="../../ui/console/handover_page.py" line="141"/>
        <source>That file is not a receipt for this tablet. Nothing was changed.</source>
        <translation>Bu fayl bu planşetin qəbzi deyil. Heç nə dəyişdirilmədi.</translation>
    </message>
    <message>
        <location filename="../../ui/console/handover_page.py" line="144"/>
        <source>A sync is running. Try again in a minute.</source>
        <translation>Sinxronlaşma gedir. Bir dəqiqədən sonra yenidən cəhd edin.</translation>
    </message>
    <message>
        <location filename="../../ui/console/handover_page.py" line="146"/>
        <source>That did not work: is the USB stick still there?</source>
        <translation>Alınmadı: USB fləşkart hələ taxılıdır?</translation>
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
        <location filename="../../ui/window.py" line="206"/>
        <source>DEMO — practice only: signatures here are not counted</source>
        <translation>NÜMUNƏ — yalnız məşq üçündür: buradakı imzalar sayılmır</translation>
    </message>
</context>
<context>
    <name>LanguagePicker</name>
    <message>
        <location filename="../../ui/widgets/language_picker.py" line="53"/>
        <source>Choose your language</source>
        <translation>Dilinizi seçin</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/language_picker.py" line="54"/>
        <source>Close</source>
        <translation>Bağla</translation>
    </message>
</context>
<context>
    <name>LockPanel</name>
    <message>
        <location filename="../../ui/lock.py" line="97"/>
        <source>Volunteer</source>
        <translation>Könüllü</translation>
    </message>
    <message>
        <location filename="../../ui/lock.py" line="98"/>
        <source>Coordinator</source>
        <translation>Koordinator</translation>
    </message>
    <message>
        <location filename="../../ui/lock.py" line="100"/>
        <source>Volunteer PIN</source>
        <translation>Könüllü PİN-i</translation>
    </message>
    <message>
        <location filename="../../ui/lock.py" line="102"/>
        <source>Coordinator PIN</source>
        <translation>Koordinatorun PİN-i</translation>
    </message>
    <message>
        <location filename="../../ui/lock.py" line="108"/>
        <source>Choose a volunteer PIN (6 to 8 digits)</source>
        <translation>Könüllü üçün PİN seçin (6–8 rəqəm)</translation>
    </message>
    <message>
        <location filename="../../ui/lock.py" line="109"/>
        <source>Choose a coordinator PIN (6 to 8 digits)</source>
        <translation>Koordinator üçün PİN seçin (6–8 rəqəm)</translation>
    </message>
    <message>
        <location filename="../../ui/lock.py" line="121"/>
        <source>Only coordinators may know it.</source>
        <translation>Onu yalnız koordinatorlar bilməlidir.</translation>
    </message>
    <message>
        <location filename="../../ui/lock.py" line="134"/>
        <source>A PIN is 6 to 8 digits.</source>
        <translation>PİN 6–8 rəqəmdən ibarət olmalıdır.</translation>
    </message>
    <message>
        <location filename="../../ui/lock.py" line="136"/>
        <source>Choose a PIN that is not a simple sequence.</source>
        <translation>Sadə ardıcıllıq olmayan PİN seçin.</translation>
    </message>
    <message>
        <location filename="../../ui/lock.py" line="139"/>
        <source>Enter the same PIN again</source>
        <translation>Eyni PİN-i bir daha daxil edin</translation>
    </message>
    <message>
        <location filename="../../ui/lock.py" line="146"/>
        <source>The two PINs differ. Please start again.</source>
        <translation>İki PİN fərqlidir. Zəhmət olmasa, yenidən başlayın.</translation>
    </message>
    <message>
        <location filename="../../ui/lock.py" line="156"/>
        <source>No volunteer PIN is set on this tablet. Ask the coordinator.</source>
        <translation>Bu planşetdə könüllü PİN-i təyin edilməyib. Koordinatora müraciət edin.</translation>
    </message>
    <message>
        <location filename="../../ui/lock.py" line="166"/>
        <source>Too many wrong PINs. Try again after %1.</source>
        <translation>Səhv PİN çox daxil edildi. Saat %1 olandan sonra yenidən cəhd edin.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/lock.py" line="173"/>
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
        <location filename="../../ui/widgets/more_below.py" line="36"/>
        <source>More below ↓</source>
        <translation>Davamı aşağıda ↓</translation>
    </message>
</context>
<context>
    <name>NameScreen</name>
    <message>
        <location filename="../../ui/screens/name.py" line="31"/>
        <source>What is your name?</source>
        <translation>Adınız nədir?</translation>
    </message>
    <message>
        <location filename="../../ui/screens/name.py" line="32"/>
        <source>As in your identity card.</source>
        <translation>Şəxsiyyət vəsiqənizdəki kimi.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/name.py" line="33"/>
        <source>Given name</source>
        <translation>Ad</translation>
    </message>
    <message>
        <location filename="../../ui/screens/name.py" line="34"/>
        <source>Surname</source>
        <translation>Soyad</translation>
    </message>
    <message>
        <location filename="../../ui/screens/name.py" line="49"/>
        <source>Type your given name in the first box and your surname in the second, as in your identity card. The keys at the bottom of the screen type the letters; the Next key takes you to the next box.</source>
        <translation>Birinci xanaya adınızı, ikinciyə soyadınızı şəxsiyyət vəsiqənizdəki kimi yazın. Hərfləri ekranın aşağısındakı düymələrlə yazın; “İrəli” düyməsi sizi növbəti xanaya keçirir.</translation>
    </message>
</context>
<context>
    <name>NewsScreen</name>
    <message>
        <location filename="../../ui/screens/news.py" line="40"/>
        <source>Would you like news about this petition?</source>
        <translation>Bu petisiya haqqında xəbər almaq istəyirsiniz?</translation>
    </message>
    <message>
        <location filename="../../ui/screens/news.py" line="42"/>
        <source>If you say yes, we ask for a phone number or an email address next.</source>
        <translation>“Bəli” desəniz, sonra telefon nömrənizi və ya e-poçt ünvanınızı soruşacağıq.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/news.py" line="44"/>
        <source>Yes, send me news</source>
        <translation>Bəli, xəbər göndərin</translation>
    </message>
    <message>
        <location filename="../../ui/screens/news.py" line="45"/>
        <source>No, thank you</source>
        <translation>Xeyr, təşəkkür edirəm</translation>
    </message>
    <message>
        <location filename="../../ui/screens/news.py" line="46"/>
        <source>Back</source>
        <translation>Geri</translation>
    </message>
    <message>
        <location filename="../../ui/screens/news.py" line="47"/>
        <source>Continue</source>
        <translation>Davam edin</translation>
    </message>
    <message>
        <location filename="../../ui/screens/news.py" line="52"/>
        <source>Please choose yes or no.</source>
        <translation>Zəhmət olmasa, “Bəli” və ya “Xeyr” seçin.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/news.py" line="74"/>
        <source>Press Yes if you want news about this petition by phone or email, or No if you do not. Either way your signature counts.</source>
        <translation>Bu petisiya haqqında telefon və ya e-poçt ilə xəbər almaq istəyirsinizsə, “Bəli”, istəmirsinizsə, “Xeyr” düyməsini basın. Hər iki halda imzanız sayılır.</translation>
    </message>
</context>
<context>
    <name>NoDrawingScreen</name>
    <message>
        <location filename="../../ui/screens/no_drawing.py" line="79"/>
        <source>Signing without drawing</source>
        <translation>Barmaqla çəkmədən imza</translation>
    </message>
    <message>
        <location filename="../../ui/screens/no_drawing.py" line="80"/>
        <source>I type my name</source>
        <translation>Adımı yazıram</translation>
    </message>
    <message>
        <location filename="../../ui/screens/no_drawing.py" line="81"/>
        <source>A volunteer helps me</source>
        <translation>Mənə könüllü kömək edir</translation>
    </message>
    <message>
        <location filename="../../ui/screens/no_drawing.py" line="82"/>
        <source>Your full name</source>
        <translation>Tam adınız</translation>
    </message>
    <message>
        <location filename="../../ui/screens/no_drawing.py" line="83"/>
        <source>This typed name is my signature</source>
        <translation>Yazdığım bu ad mənim imzamdır</translation>
    </message>
    <message>
        <location filename="../../ui/screens/no_drawing.py" line="85"/>
        <source>A volunteer enters the volunteer PIN and their own code.</source>
        <translation>Könüllü xüsusi PİN-i və öz kodunu daxil edir.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/no_drawing.py" line="87"/>
        <source>Volunteer PIN</source>
        <translation>Könüllü PİN-i</translation>
    </message>
    <message>
        <location filename="../../ui/screens/no_drawing.py" line="88"/>
        <source>Volunteer code</source>
        <translation>Könüllü kodu</translation>
    </message>
    <message>
        <location filename="../../ui/screens/no_drawing.py" line="89"/>
        <source>Why is a volunteer helping?</source>
        <translation>Könüllü niyə kömək edir?</translation>
    </message>
    <message>
        <location filename="../../ui/screens/no_drawing.py" line="91"/>
        <source>Hands are not steady</source>
        <translation>Əllər titrəyir</translation>
    </message>
    <message>
        <location filename="../../ui/screens/no_drawing.py" line="92"/>
        <source>Cannot see well</source>
        <translation>Yaxşı görmür</translation>
    </message>
    <message>
        <location filename="../../ui/screens/no_drawing.py" line="93"/>
        <source>Cannot write</source>
        <translation>Yaza bilmir</translation>
    </message>
    <message>
        <location filename="../../ui/screens/no_drawing.py" line="94"/>
        <source>Another reason</source>
        <translation>Başqa səbəb</translation>
    </message>
    <message>
        <location filename="../../ui/screens/no_drawing.py" line="165"/>
        <source>No volunteer PIN is set on this tablet. Ask the coordinator.</source>
        <translation>Bu planşetdə könüllü PİN-i təyin edilməyib. Koordinatora müraciət edin.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/no_drawing.py" line="167"/>
        <source>That is not the volunteer PIN.</source>
        <translation>Bu, könüllü PİN-i deyil.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/no_drawing.py" line="168"/>
        <source>Too many wrong PINs. Ask the coordinator.</source>
        <translation>Səhv PİN çox daxil edildi. Koordinatora müraciət edin.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/no_drawing.py" line="174"/>
        <source>Type your name and tick the box, or ask a volunteer to help you. A volunteer enters the volunteer PIN, their code and why they help.</source>
        <translation>Adınızı yazıb xananı işarələyin və ya könüllüdən kömək istəyin. Könüllü xüsusi PİN-i, öz kodunu və niyə kömək etdiyini daxil edir.</translation>
    </message>
</context>
<context>
    <name>OnScreenKeyboard</name>
    <message>
        <location filename="../../ui/widgets/keyboard.py" line="347"/>
        <source>Backspace</source>
        <translation>Sil</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/keyboard.py" line="348"/>
        <source>Space</source>
        <translation>Boşluq</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/keyboard.py" line="349"/>
        <source>Shift</source>
        <translation>Böyük hərf</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/keyboard.py" line="350"/>
        <source>Change keyboard language</source>
        <translation>Klaviaturanın dilini dəyiş</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/keyboard.py" line="351"/>
        <source>Hide keyboard</source>
        <translation>Klaviaturanı gizlət</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/keyboard.py" line="352"/>
        <source>Letters</source>
        <translation>Hərflər</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/keyboard.py" line="355"/>
        <source>Next</source>
        <translation>İrəli</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/keyboard.py" line="355"/>
        <source>Continue</source>
        <translation>Davam edin</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/keyboard.py" line="363"/>
        <source>On-screen keyboard</source>
        <translation>Ekran klaviaturası</translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <location filename="../../ui/console/overview.py" line="77"/>
        <source>This tablet today</source>
        <translation>Bu planşet bu gün</translation>
    </message>
    <message>
        <location filename="../../ui/console/overview.py" line="78"/>
        <source>signed today</source>
        <translation>bu gün imzalanıb</translation>
    </message>
    <message>
        <location filename="../../ui/console/overview.py" line="79"/>
        <source>signed on this tablet</source>
        <translation>bu planşetdə imzalanıb</translation>
    </message>
    <message>
        <location filename="../../ui/console/overview.py" line="80"/>
        <source>not yet sent</source>
        <translation>hələ göndərilməyib</translation>
    </message>
    <message>
        <location filename="../../ui/console/overview.py" line="81"/>
        <source>acknowledged through no.</source>
        <translation>son təsdiqlənmiş №</translation>
    </message>
    <message>
        <location filename="../../ui/console/overview.py" line="82"/>
        <source>Signatures per hour today</source>
        <translation>Bu gün saatlar üzrə imzalar</translation>
    </message>
    <message>
        <location filename="../../ui/console/overview.py" line="83"/>
        <source>Sync now</source>
        <translation>İndi sinxronlaşdır</translation>
    </message>
    <message>
        <location filename="../../ui/console/overview.py" line="84"/>
        <source>Cancel</source>
        <translation>Ləğv et</translation>
    </message>
    <message>
        <location filename="../../ui/console/overview.py" line="100"/>
        <source>imza.toml has a mistake, so the defaults apply: %1</source>
        <translation>imza.toml faylında səhv var, ona görə standart ayarlar işləyir: %1</translation>
    </message>
    <message>
        <location filename="../../ui/console/overview.py" line="122"/>
        <source>A DEMO tablet never syncs.</source>
        <translation>NÜMUNƏ planşeti heç vaxt sinxronlaşmır.</translation>
    </message>
    <message>
        <location filename="../../ui/console/overview.py" line="124"/>
        <source>Not enrolled with a server yet: see Enrol.</source>
        <translation>Planşet hələ serverdə qeydiyyatdan keçməyib: «Qeydiyyat» bölməsinə baxın.</translation>
    </message>
    <message>
        <location filename="../../ui/console/overview.py" line="130"/>
        <source>Never synced.</source>
        <translation>Heç vaxt sinxronlaşmayıb.</translation>
    </message>
    <message>
        <location filename="../../ui/console/overview.py" line="131"/>
        <source>Last sync: %1.</source>
        <translation>Son sinxronlaşma: %1.</translation>
    </message>
    <message>
        <location filename="../../ui/console/overview.py" line="133"/>
        <source>The last try did not complete.</source>
        <translation>Sonuncu cəhd başa çatmadı.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/console/overview.py" line="135"/>
        <source>%n signature(s) still to send.</source>
        <translation>
            <numerusform>Hələ %n imza göndərilməlidir.</numerusform>
            <numerusform>Hələ %n imza göndərilməlidir.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/console/overview.py" line="136"/>
        <source>Everything is sent.</source>
        <translation>Hamısı göndərilib.</translation>
    </message>
    <message>
        <location filename="../../ui/console/overview.py" line="141"/>
        <source>The server&apos;s count: not heard yet.</source>
        <translation>Serverdəki say: hələ məlumat gəlməyib.</translation>
    </message>
    <message>
        <location filename="../../ui/console/overview.py" line="144"/>
        <source>The server counts at least %1 signers of %2, as of %3.</source>
        <translation>Serverin hesabına görə ən azı %1 imzalayan var, hədəf %2 (%3 vəziyyətinə).</translation>
    </message>
    <message>
        <location filename="../../ui/console/overview.py" line="152"/>
        <source>Chain check: running…</source>
        <translation>Zəncir yoxlaması: gedir…</translation>
    </message>
    <message>
        <location filename="../../ui/console/overview.py" line="154"/>
        <source>Chain check: intact.</source>
        <translation>Zəncir yoxlaması: zəncir bütövdür.</translation>
    </message>
    <message>
        <location filename="../../ui/console/overview.py" line="155"/>
        <source>Chain check: DAMAGED. Do not wipe; call the campaign lead.</source>
        <translation>Zəncir yoxlaması: ZƏDƏLƏNİB. Silməyin; kampaniya rəhbərinə müraciət edin.</translation>
    </message>
    <message>
        <location filename="../../ui/console/overview.py" line="206"/>
        <source>Sending…</source>
        <translation>Göndərilir…</translation>
    </message>
    <message>
        <location filename="../../ui/console/overview.py" line="217"/>
        <source>Sync complete.</source>
        <translation>Sinxronlaşma başa çatdı.</translation>
    </message>
    <message>
        <location filename="../../ui/console/overview.py" line="224"/>
        <source>Sync cancelled; it tries again later by itself.</source>
        <translation>Sinxronlaşma ləğv edildi; bir qədər sonra özü yenidən cəhd edəcək.</translation>
    </message>
</context>
<context>
    <name>PausedOverlay</name>
    <message>
        <location filename="../../ui/widgets/paused.py" line="31"/>
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
        <location filename="../../ui/widgets/pinpad.py" line="125"/>
        <source>Digit %1</source>
        <translation>Rəqəm %1</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/pinpad.py" line="127"/>
        <source>Delete</source>
        <translation>Sil</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/pinpad.py" line="128"/>
        <source>OK</source>
        <translation>Təsdiq</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/pinpad.py" line="129"/>
        <source>Cancel</source>
        <translation>Ləğv et</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/pinpad.py" line="135"/>
        <source>PIN</source>
        <translation>PİN</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/widgets/pinpad.py" line="163"/>
        <source>%n digits entered</source>
        <translation>
            <numerusform>%n rəqəm daxil edilib</numerusform>
            <numerusform>%n rəqəm daxil edilib</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PlacePicker</name>
    <message>
        <location filename="../../ui/widgets/place_picker.py" line="45"/>
        <source>%1 district</source>
        <translation>%1 rayonu</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/place_picker.py" line="50"/>
        <source>My place is not in the list: keep “%1”</source>
        <translation>Kəndim və ya şəhərim siyahıda yoxdur: “%1” qalsın</translation>
    </message>
</context>
<context>
    <name>QuestionScreen</name>
    <message>
        <location filename="../../ui/screens/question.py" line="68"/>
        <source>Back</source>
        <translation>Geri</translation>
    </message>
    <message>
        <location filename="../../ui/screens/question.py" line="69"/>
        <source>Continue</source>
        <translation>Davam edin</translation>
    </message>
</context>
<context>
    <name>ReadAloud</name>
    <message>
        <location filename="../../ui/read_aloud.py" line="37"/>
        <source>Stop ■</source>
        <translation>Dayandır ■</translation>
    </message>
    <message>
        <location filename="../../ui/read_aloud.py" line="37"/>
        <source>Listen ▶</source>
        <translation>Dinlə ▶</translation>
    </message>
    <message>
        <location filename="../../ui/read_aloud.py" line="38"/>
        <source>Listen</source>
        <translation>Dinlə</translation>
    </message>
</context>
<context>
    <name>ReadingCard</name>
    <message>
        <location filename="../../ui/widgets/reading_card.py" line="57"/>
        <source>Close</source>
        <translation>Bağla</translation>
    </message>
</context>
<context>
    <name>RenewingOverlay</name>
    <message>
        <location filename="../../ui/kiosk_sync.py" line="31"/>
        <source>One moment, please: this tablet is renewing its connection.</source>
        <translation>Bir dəqiqə, zəhmət olmasa: planşet bağlantısını yeniləyir.</translation>
    </message>
</context>
<context>
    <name>ReviewScreen</name>
    <message>
        <location filename="../../ui/screens/review.py" line="76"/>
        <source>Check your answers</source>
        <translation>Cavablarınızı yoxlayın</translation>
    </message>
    <message>
        <location filename="../../ui/screens/review.py" line="78"/>
        <source>Name</source>
        <translation>Ad, soyad</translation>
    </message>
    <message>
        <location filename="../../ui/screens/review.py" line="79"/>
        <source>Village or town</source>
        <translation>Kənd və ya şəhər</translation>
    </message>
    <message>
        <location filename="../../ui/screens/review.py" line="80"/>
        <source>News</source>
        <translation>Xəbərlər</translation>
    </message>
    <message>
        <location filename="../../ui/screens/review.py" line="81"/>
        <source>Signature</source>
        <translation>İmza</translation>
    </message>
    <message>
        <location filename="../../ui/screens/review.py" line="89"/>
        <source>No</source>
        <translation>Xeyr</translation>
    </message>
    <message>
        <location filename="../../ui/screens/review.py" line="95"/>
        <source>Change</source>
        <translation>Dəyişin</translation>
    </message>
    <message>
        <location filename="../../ui/screens/review.py" line="97"/>
        <source>Change: %1</source>
        <translation>Dəyişin: %1</translation>
    </message>
    <message>
        <location filename="../../ui/screens/review.py" line="99"/>
        <source>Nothing is saved until you press “Sign the petition”.</source>
        <translation>“Petisiyanı imzalayın” düyməsini basana qədər heç nə saxlanılmır.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/review.py" line="100"/>
        <source>Back</source>
        <translation>Geri</translation>
    </message>
    <message>
        <location filename="../../ui/screens/review.py" line="101"/>
        <source>Sign the petition</source>
        <translation>Petisiyanı imzalayın</translation>
    </message>
    <message>
        <location filename="../../ui/screens/review.py" line="106"/>
        <source>Your typed name: %1</source>
        <translation>Yazdığınız ad: %1</translation>
    </message>
    <message>
        <location filename="../../ui/screens/review.py" line="108"/>
        <source>With the help of volunteer %1</source>
        <translation>%1 kodlu könüllünün köməyi ilə</translation>
    </message>
    <message>
        <location filename="../../ui/screens/review.py" line="120"/>
        <source>Your signature</source>
        <translation>İmzanız</translation>
    </message>
    <message>
        <location filename="../../ui/screens/review.py" line="125"/>
        <source>Check your answers. Press Change beside one to correct it. When all is right, press the green button to sign.</source>
        <translation>Cavablarınızı yoxlayın. Düzəltmək üçün cavabın yanındakı “Dəyişin” düyməsini basın. Hər şey düzgündürsə, imzalamaq üçün yaşıl düyməni basın.</translation>
    </message>
</context>
<context>
    <name>Screen</name>
    <message>
        <location filename="../../ui/screens/base.py" line="34"/>
        <source>Step %1 of %2</source>
        <translation>Addım %1 (cəmi %2)</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../../ui/console/settings_page.py" line="80"/>
        <source>Settings</source>
        <translation>Ayarlar</translation>
    </message>
    <message>
        <location filename="../../ui/console/settings_page.py" line="81"/>
        <source>Clear a form after (seconds)</source>
        <translation>Forma neçə saniyədən sonra silinsin</translation>
    </message>
    <message>
        <location filename="../../ui/console/settings_page.py" line="83"/>
        <source>Clear while reading after (seconds)</source>
        <translation>Oxuyarkən neçə saniyədən sonra silinsin</translation>
    </message>
    <message>
        <location filename="../../ui/console/settings_page.py" line="85"/>
        <source>Countdown before clearing (seconds)</source>
        <translation>Silinməzdən əvvəl geri sayım (saniyə)</translation>
    </message>
    <message>
        <location filename="../../ui/console/settings_page.py" line="86"/>
        <source>Longest signing (seconds)</source>
        <translation>Ən uzun imzalama (saniyə)</translation>
    </message>
    <message>
        <location filename="../../ui/console/settings_page.py" line="87"/>
        <source>Language a new signer starts in</source>
        <translation>Yeni imzalayan üçün ilkin dil</translation>
    </message>
    <message>
        <location filename="../../ui/console/settings_page.py" line="88"/>
        <source>Change PIN</source>
        <translation>PİN-i dəyiş</translation>
    </message>
    <message>
        <location filename="../../ui/console/settings_page.py" line="89"/>
        <source>Set volunteer PIN</source>
        <translation>Könüllü PİN-ini təyin et</translation>
    </message>
</context>
<context>
    <name>SettlementScreen</name>
    <message>
        <location filename="../../ui/screens/settlement.py" line="36"/>
        <source>Which village or town are you from?</source>
        <translation>Hansı kənddən və ya şəhərdənsiniz?</translation>
    </message>
    <message>
        <location filename="../../ui/screens/settlement.py" line="38"/>
        <source>Type the first letters, then touch your place in the list under the box.</source>
        <translation>İlk hərfləri yazın, sonra xananın altındakı siyahıda öz kəndinizə və ya şəhərinizə toxunun.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/settlement.py" line="40"/>
        <source>Village or town</source>
        <translation>Kənd və ya şəhər</translation>
    </message>
    <message>
        <location filename="../../ui/screens/settlement.py" line="80"/>
        <source>%1 district</source>
        <translation>%1 rayonu</translation>
    </message>
    <message>
        <location filename="../../ui/screens/settlement.py" line="82"/>
        <source>✓ %1, %2</source>
        <translation>✓ %1, %2</translation>
    </message>
    <message>
        <location filename="../../ui/screens/settlement.py" line="101"/>
        <source>Type the first letters of your village or town. Places that match appear under the box: touch yours. If it is not there, type it in full and press Continue.</source>
        <translation>Kəndinizin və ya şəhərinizin adının ilk hərflərini yazın. Uyğun gələn yerlər xananın altında görünəcək: özünüzünkünə toxunun. Siyahıda yoxdursa, adını tam yazıb “Davam edin” düyməsini basın.</translation>
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
        <location filename="../../ui/screens/signature.py" line="73"/>
        <source>Sign with your finger in the white box</source>
        <translation>Ağ sahədə barmağınızla imza atın</translation>
    </message>
    <message>
        <location filename="../../ui/screens/signature.py" line="74"/>
        <source>Signature box</source>
        <translation>İmza sahəsi</translation>
    </message>
    <message>
        <location filename="../../ui/screens/signature.py" line="75"/>
        <source>Clear</source>
        <translation>Təmizləyin</translation>
    </message>
    <message>
        <location filename="../../ui/screens/signature.py" line="76"/>
        <source>I can&apos;t sign with my finger</source>
        <translation>Barmağımla imza ata bilmirəm</translation>
    </message>
    <message>
        <location filename="../../ui/screens/signature.py" line="78"/>
        <source>Back</source>
        <translation>Geri</translation>
    </message>
    <message>
        <location filename="../../ui/screens/signature.py" line="79"/>
        <source>Continue</source>
        <translation>Davam edin</translation>
    </message>
    <message>
        <location filename="../../ui/screens/signature.py" line="101"/>
        <source>Sign in the white box with your finger, as on paper. Clear starts again. If you cannot sign with your finger, press the button under the box.</source>
        <translation>Ağ sahədə barmağınızla, kağızda olduğu kimi imza atın. “Təmizləyin” düyməsi ilə yenidən başlaya bilərsiniz. Barmağınızla imza ata bilmirsinizsə, sahənin altındakı düyməni basın.</translation>
    </message>
</context>
<context>
    <name>SignerHeader</name>
    <message>
        <location filename="../../ui/header.py" line="42"/>
        <source>Change language</source>
        <translation>Dili dəyişin</translation>
    </message>
    <message>
        <location filename="../../ui/header.py" line="44"/>
        <source>Smaller text</source>
        <translation>Kiçik yazı</translation>
    </message>
    <message>
        <location filename="../../ui/header.py" line="44"/>
        <location filename="../../ui/header.py" line="46"/>
        <source>Larger text</source>
        <translation>Böyük yazı</translation>
    </message>
    <message>
        <location filename="../../ui/header.py" line="47"/>
        <location filename="../../ui/header.py" line="48"/>
        <source>Help</source>
        <translation>Kömək</translation>
    </message>
</context>
<context>
    <name>StatusStrip</name>
    <message numerus="yes">
        <location filename="../../ui/widgets/status_strip.py" line="57"/>
        <source>Unsent: %n</source>
        <translation>
            <numerusform>Göndərilməyib: %n</numerusform>
            <numerusform>Göndərilməyib: %n</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/widgets/status_strip.py" line="59"/>
        <source>Last sync: %1</source>
        <translation>Son sinxronlaşma: %1</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/status_strip.py" line="61"/>
        <source>Never synced</source>
        <translation>Heç vaxt sinxronlaşmayıb</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/status_strip.py" line="66"/>
        <source>Battery: unknown</source>
        <translation>Batareya: naməlum</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/status_strip.py" line="69"/>
        <source>Battery: %1%</source>
        <translation>Batareya: %1%</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/status_strip.py" line="74"/>
        <source>Check the tablet&apos;s clock: it is behind</source>
        <translation>Planşetin saatını yoxlayın: geri qalır</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/status_strip.py" line="102"/>
        <source>Sending %1 of %2 — slow connection</source>
        <translation>Göndərilir: %1 / %2 — zəif bağlantı</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/status_strip.py" line="102"/>
        <source>Sending %1 of %2</source>
        <translation>Göndərilir: %1 / %2</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/status_strip.py" line="123"/>
        <source>Waiting for the campaign lead to approve this tablet (number %1)</source>
        <translation>Kampaniya rəhbərinin bu planşeti təsdiqləməsi gözlənilir (nömrə %1)</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/status_strip.py" line="100"/>
        <source>Sending…</source>
        <translation>Göndərilir…</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/status_strip.py" line="126"/>
        <source>Not sent: no connection to the server; will try again</source>
        <translation>Göndərilmədi: serverlə əlaqə yoxdur; yenidən cəhd ediləcək</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/status_strip.py" line="128"/>
        <source>Not sent: today&apos;s data limit is used up; sending resumes tomorrow</source>
        <translation>Göndərilmədi: bugünkü məlumat limiti bitib; göndərmə sabah davam edəcək</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/status_strip.py" line="130"/>
        <source>Not sent: the server is busy; will try again</source>
        <translation>Göndərilmədi: server məşğuldur; yenidən cəhd ediləcək</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/status_strip.py" line="132"/>
        <source>Another sync is running; will try again</source>
        <translation>Başqa sinxronlaşma gedir; yenidən cəhd ediləcək</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/status_strip.py" line="134"/>
        <source>Not sent: this tablet renews its identity when nobody is signing</source>
        <translation>Göndərilmədi: heç kim imza atmayanda planşet identifikasiyasını yeniləyəcək</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/status_strip.py" line="136"/>
        <source>Not sent: needs the coordinator: re-enrol</source>
        <translation>Göndərilmədi: koordinator lazımdır: yenidən qeydiyyat</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/status_strip.py" line="137"/>
        <source>Not sent: ask the coordinator to check the sync</source>
        <translation>Göndərilmədi: koordinatordan sinxronlaşmanı yoxlamağı xahiş edin</translation>
    </message>
</context>
<context>
    <name>TellApartScreen</name>
    <message>
        <location filename="../../ui/screens/tell_apart.py" line="29"/>
        <source>Help us tell you apart</source>
        <translation>Sizi başqasından ayırd etməyə kömək edin</translation>
    </message>
    <message>
        <location filename="../../ui/screens/tell_apart.py" line="30"/>
        <source>Give your father&apos;s name, your year of birth, or both.</source>
        <translation>Ata adınızı, doğum ilinizi və ya hər ikisini yazın.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/tell_apart.py" line="31"/>
        <source>Father&apos;s name</source>
        <translation>Ata adı</translation>
    </message>
    <message>
        <location filename="../../ui/screens/tell_apart.py" line="32"/>
        <source>Year of birth</source>
        <translation>Doğum ili</translation>
    </message>
    <message>
        <location filename="../../ui/screens/tell_apart.py" line="54"/>
        <source>Someone with your name and place has signed here before. Your father&apos;s name or your year of birth shows that you are another person.</source>
        <translation>Sizinlə eyni adda və eyni yerdən olan biri artıq burada imza atıb. Ata adınız və ya doğum iliniz sizin başqa şəxs olduğunuzu göstərir.</translation>
    </message>
</context>
<context>
    <name>ThanksScreen</name>
    <message>
        <location filename="../../ui/screens/thanks.py" line="67"/>
        <source>Thank you!</source>
        <translation>Təşəkkür edirik!</translation>
    </message>
    <message>
        <location filename="../../ui/screens/thanks.py" line="70"/>
        <source>Your signature is already counted. There is no need to sign again.</source>
        <translation>İmzanız artıq sayılıb. Yenidən imzalamağa ehtiyac yoxdur.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/thanks.py" line="65"/>
        <source>Thank you, %1!</source>
        <translation>Təşəkkür edirik, %1!</translation>
    </message>
    <message>
        <location filename="../../ui/screens/thanks.py" line="76"/>
        <source>This was practice: this tablet is in demo mode, so your signature is not counted. Ask a volunteer where to sign for real.</source>
        <translation>Bu məşq idi: planşet nümunə rejimindədir, ona görə imzanız sayılmır. Əsl imza üçün könüllüdən soruşun.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/thanks.py" line="84"/>
        <source>Your signature is saved on this tablet. It will be sent when the tablet next connects.</source>
        <translation>İmzanız bu planşetdə saxlanıldı. Planşet növbəti dəfə şəbəkəyə qoşulanda göndəriləcək.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/screens/thanks.py" line="90"/>
        <source>Today %n people have signed on this tablet.</source>
        <translation>
            <numerusform>Bu gün bu planşetdə %n nəfər imza atıb.</numerusform>
            <numerusform>Bu gün bu planşetdə %n nəfər imza atıb.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/screens/thanks.py" line="91"/>
        <source>Your receipt code</source>
        <translation>Qəbz kodunuz</translation>
    </message>
    <message>
        <location filename="../../ui/screens/thanks.py" line="94"/>
        <source>A practice code: on a campaign tablet, this is where the code to withdraw a signature later is shown, once.</source>
        <translation>Məşq kodu: kampaniya planşetində imzanı sonra geri götürmək üçün kod burada bir dəfə göstərilir.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/thanks.py" line="99"/>
        <source>Write it down or photograph the square. With this code you can withdraw your signature later. It is shown only once.</source>
        <translation>Onu yazın və ya kvadratın şəklini çəkin. Bu kodla sonra imzanızı geri götürə bilərsiniz. Kod yalnız bir dəfə göstərilir.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/thanks.py" line="114"/>
        <source>QR code of your receipt code</source>
        <translation>Qəbz kodunuzun QR kodu</translation>
    </message>
    <message>
        <location filename="../../ui/screens/thanks.py" line="119"/>
        <source>Your signature is saved. Keep the receipt code if you may want to withdraw your signature later. Press Done when you have finished.</source>
        <translation>İmzanız saxlanıldı. Sonra imzanızı geri götürmək istəyə bilərsinizsə, qəbz kodunu saxlayın. İşinizi bitirəndə “Hazırdır” düyməsini basın.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/thanks.py" line="103"/>
        <source>Done</source>
        <translation>Hazırdır</translation>
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
        <location filename="../../ui/screens/welcome.py" line="87"/>
        <source>Read and sign the petition</source>
        <translation>Petisiyanı oxuyun və imzalayın</translation>
    </message>
    <message>
        <location filename="../../ui/screens/welcome.py" line="99"/>
        <source>The battery is too low to start a new signature. Please ask a volunteer to charge the tablet.</source>
        <translation>Batareya yeni imza üçün çox zəifdir. Zəhmət olmasa, könüllüdən planşeti şarj etməsini xahiş edin.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/screens/welcome.py" line="119"/>
        <source>%n signature(s) on this tablet so far.</source>
        <translation>
            <numerusform>Bu planşetdə indiyədək %n imza atılıb.</numerusform>
            <numerusform>Bu planşetdə indiyədək %n imza atılıb.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/screens/welcome.py" line="124"/>
        <source>At least %Ln signature(s) as of %1 + %2 on this tablet.</source>
        <translation>
            <numerusform>Ən azı %Ln imza (%1 vəziyyətinə) + bu planşetdə daha %2.</numerusform>
            <numerusform>Ən azı %Ln imza (%1 vəziyyətinə) + bu planşetdə daha %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/screens/welcome.py" line="127"/>
        <source>At least %Ln signature(s) as of %1.</source>
        <translation>
            <numerusform>Ən azı %Ln imza (%1 vəziyyətinə).</numerusform>
            <numerusform>Ən azı %Ln imza (%1 vəziyyətinə).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/screens/welcome.py" line="136"/>
        <source>Next milestone: %1. Our goal: %2 signatures.</source>
        <translation>Növbəti hədəf: %1. Əsas məqsədimiz: %2 imza.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/welcome.py" line="145"/>
        <source>This tablet collects signatures for the petition shown here. Choose your language, then press the green button to read and sign.</source>
        <translation>Bu planşet burada göstərilən petisiya üçün imza toplayır. Dilinizi seçin, sonra oxuyub imzalamaq üçün yaşıl düyməni basın.</translation>
    </message>
</context>
<context>
    <name>WithdrawPage</name>
    <message>
        <location filename="../../ui/console/withdraw_page.py" line="40"/>
        <source>Withdraw a signature</source>
        <translation>İmzanın geri götürülməsi</translation>
    </message>
    <message>
        <location filename="../../ui/console/withdraw_page.py" line="43"/>
        <source>The signer shows the receipt code from their thank-you screen. The signature then no longer counts, on this tablet or any other.</source>
        <translation>İmzalayan təşəkkür ekranındakı qəbz kodunu göstərir. Bundan sonra imza nə bu planşetdə, nə də başqasında sayılmır.</translation>
    </message>
    <message>
        <location filename="../../ui/console/withdraw_page.py" line="47"/>
        <source>Withdraw…</source>
        <translation>Geri götür…</translation>
    </message>
    <message>
        <location filename="../../ui/console/withdraw_page.py" line="48"/>
        <source>Yes, withdraw it</source>
        <translation>Bəli, geri götür</translation>
    </message>
    <message>
        <location filename="../../ui/console/withdraw_page.py" line="49"/>
        <source>No</source>
        <translation>Xeyr</translation>
    </message>
    <message>
        <location filename="../../ui/console/withdraw_page.py" line="55"/>
        <source>Withdraw the signature with code %1? This cannot be undone.</source>
        <translation>%1 kodlu imza geri götürülsün? Bunu sonra ləğv etmək olmaz.</translation>
    </message>
    <message>
        <location filename="../../ui/console/withdraw_page.py" line="64"/>
        <source>That is not a receipt code (12 letters and digits, like 7KQ2 M9XD 4HTB).</source>
        <translation>Bu, qəbz kodu deyil (12 hərf və rəqəm, məsələn, 7KQ2 M9XD 4HTB).</translation>
    </message>
    <message>
        <location filename="../../ui/console/withdraw_page.py" line="77"/>
        <source>That signature is already withdrawn.</source>
        <translation>Bu imza artıq geri götürülüb.</translation>
    </message>
    <message>
        <location filename="../../ui/console/withdraw_page.py" line="81"/>
        <source>Withdrawn. It no longer counts on this tablet; the server hears of it at the next sync.</source>
        <translation>Geri götürüldü. İmza artıq bu planşetdə sayılmır; server bunu növbəti sinxronlaşmada öyrənəcək.</translation>
    </message>
    <message>
        <location filename="../../ui/console/withdraw_page.py" line="84"/>
        <source>Withdrawn. The signature was taken on another tablet: the server removes it there at the next sync.</source>
        <translation>Geri götürüldü. İmza başqa planşetdə atılıb: server onu növbəti sinxronlaşmada orada da çıxaracaq.</translation>
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
        <source>Please use only letters, digits, spaces and the marks &apos; - . , ( ).</source>
        <translation>Yalnız hərflərdən, rəqəmlərdən, boşluqdan və bu işarələrdən istifadə edin: &apos; - . , ( ).</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/validation_text.py" line="22"/>
        <source>Please use letters.</source>
        <translation>Zəhmət olmasa, hərflərdən istifadə edin.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/validation_text.py" line="23"/>
        <source>Please enter a phone number of 7 to 15 digits.</source>
        <translation>Zəhmət olmasa, 7–15 rəqəmdən ibarət telefon nömrəsi yazın.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/validation_text.py" line="26"/>
        <source>Please enter an email address like name@example.az.</source>
        <translation>Zəhmət olmasa, e-poçt ünvanını name@example.az kimi yazın.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/validation_text.py" line="29"/>
        <source>Please give a phone number or an email address for updates.</source>
        <translation>Zəhmət olmasa, xəbər almaq üçün telefon nömrəsi və ya e-poçt ünvanı yazın.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/validation_text.py" line="32"/>
        <source>Contact details are kept only if you ask for updates.</source>
        <translation>Telefon və e-poçt yalnız xəbər almaq istəsəniz saxlanılır.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/validation_text.py" line="35"/>
        <source>Please enter a year of birth of four digits.</source>
        <translation>Zəhmət olmasa, doğum ilini dörd rəqəmlə yazın.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/validation_text.py" line="38"/>
        <source>Please confirm that you are old enough to sign.</source>
        <translation>Zəhmət olmasa, imzalamaq üçün yaşınızın çatdığını təsdiq edin.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/validation_text.py" line="41"/>
        <source>Please confirm that you sign only for yourself.</source>
        <translation>Zəhmət olmasa, yalnız öz adınızdan imzaladığınızı təsdiq edin.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/validation_text.py" line="44"/>
        <source>Please agree to how your data is used, or you cannot sign.</source>
        <translation>Zəhmət olmasa, məlumatlarınızın necə istifadə olunacağına razılıq verin, əks halda imzalaya bilməzsiniz.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/validation_text.py" line="47"/>
        <source>Please sign a little larger.</source>
        <translation>Zəhmət olmasa, bir az daha böyük imza atın.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/validation_text.py" line="48"/>
        <source>The drawing could not be read. Please clear it and sign again.</source>
        <translation>İmzanı oxumaq mümkün olmadı. Zəhmət olmasa, onu təmizləyib yenidən imza atın.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/validation_text.py" line="51"/>
        <source>Please choose how to sign.</source>
        <translation>Zəhmət olmasa, necə imzalayacağınızı seçin.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/validation_text.py" line="52"/>
        <source>The volunteer code is 3 to 12 letters or digits.</source>
        <translation>Könüllü kodu 3–12 hərf və ya rəqəmdən ibarətdir.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/validation_text.py" line="55"/>
        <source>This language is not offered for this petition.</source>
        <translation>Bu petisiya bu dildə təqdim olunmur.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/validation_text.py" line="58"/>
        <source>Please tick the box to confirm that this is your signature.</source>
        <translation>Bunun sizin imzanız olduğunu təsdiqləmək üçün xananı işarələyin.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/validation_text.py" line="61"/>
        <source>Please choose why a volunteer is helping.</source>
        <translation>Könüllünün niyə kömək etdiyini seçin.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/validation_text.py" line="64"/>
        <source>Please choose the place again from the list.</source>
        <translation>Zəhmət olmasa, yeri siyahıdan yenidən seçin.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/validation_text.py" line="67"/>
        <source>Please add your father&apos;s name or your year of birth, so we can tell you apart.</source>
        <translation>Sizi başqasından ayırd edə bilməyimiz üçün zəhmət olmasa, ata adınızı və ya doğum ilinizi əlavə edin.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/validation_text.py" line="84"/>
        <source>Enter your given name.</source>
        <translation>Adınızı yazın.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/validation_text.py" line="85"/>
        <source>Enter your surname.</source>
        <translation>Soyadınızı yazın.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/validation_text.py" line="86"/>
        <source>Enter your village or town.</source>
        <translation>Kəndinizi və ya şəhərinizi yazın.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/validation_text.py" line="87"/>
        <source>Enter your full name.</source>
        <translation>Tam adınızı yazın.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/validation_text.py" line="88"/>
        <source>Enter the volunteer&apos;s code.</source>
        <translation>Könüllünün kodunu yazın.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/validation_text.py" line="89"/>
        <source>Enter the volunteer PIN.</source>
        <translation>Könüllü PIN-ini yazın.</translation>
    </message>
</context>
</TS>
