<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name>ConsentsScreen</name>
    <message>
        <location filename="../../ui/screens/consents.py" line="37"/>
        <source>How your signature is used</source>
        <translation>Как используется ваша подпись</translation>
    </message>
    <message>
        <location filename="../../ui/screens/consents.py" line="39"/>
        <source>Who keeps it</source>
        <translation>Кто хранит данные</translation>
    </message>
    <message>
        <location filename="../../ui/screens/consents.py" line="40"/>
        <source>What for</source>
        <translation>Для чего</translation>
    </message>
    <message>
        <location filename="../../ui/screens/consents.py" line="41"/>
        <source>What is kept</source>
        <translation>Что хранится</translation>
    </message>
    <message>
        <location filename="../../ui/screens/consents.py" line="42"/>
        <source>Who receives the list</source>
        <translation>Кто получит список</translation>
    </message>
    <message>
        <location filename="../../ui/screens/consents.py" line="43"/>
        <source>How to withdraw</source>
        <translation>Как отозвать подпись</translation>
    </message>
    <message>
        <location filename="../../ui/screens/consents.py" line="44"/>
        <source>How long it is kept</source>
        <translation>Как долго хранятся данные</translation>
    </message>
    <message>
        <location filename="../../ui/screens/consents.py" line="52"/>
        <source>I am %1 years old or older</source>
        <translation>Мне уже исполнилось %1</translation>
    </message>
    <message>
        <location filename="../../ui/screens/consents.py" line="54"/>
        <source>I sign only for myself</source>
        <translation>Я подписываю только от своего имени</translation>
    </message>
    <message>
        <location filename="../../ui/screens/consents.py" line="56"/>
        <source>I agree to my signature being used as written above</source>
        <translation>Даю согласие на использование моей подписи, как описано выше</translation>
    </message>
    <message>
        <location filename="../../ui/screens/consents.py" line="85"/>
        <source>Read how your signature is used, then tick the three boxes if you agree.</source>
        <translation>Прочитайте, как используется ваша подпись, и, если согласны, отметьте три пункта.</translation>
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
        <translation>Сегодня и синхронизация</translation>
    </message>
    <message>
        <location filename="../../ui/console/panel.py" line="130"/>
        <source>Hand-over (USB)</source>
        <translation>Передача (USB)</translation>
    </message>
    <message>
        <location filename="../../ui/console/panel.py" line="130"/>
        <source>Enrol</source>
        <translation>Регистрация</translation>
    </message>
    <message>
        <location filename="../../ui/console/panel.py" line="131"/>
        <source>Withdraw</source>
        <translation>Отзыв подписи</translation>
    </message>
    <message>
        <location filename="../../ui/console/panel.py" line="131"/>
        <source>Day&apos;s end</source>
        <translation>Конец дня</translation>
    </message>
    <message>
        <location filename="../../ui/console/panel.py" line="131"/>
        <source>Settings</source>
        <translation>Настройки</translation>
    </message>
    <message>
        <location filename="../../ui/console/panel.py" line="134"/>
        <source>Back to the kiosk</source>
        <translation>Вернуться к киоску</translation>
    </message>
    <message>
        <location filename="../../ui/console/panel.py" line="135"/>
        <source>Leave kiosk mode</source>
        <translation>Выйти из режима киоска</translation>
    </message>
</context>
<context>
    <name>ContactScreen</name>
    <message>
        <location filename="../../ui/screens/contact.py" line="31"/>
        <source>How can we send you news?</source>
        <translation>Как присылать вам новости?</translation>
    </message>
    <message>
        <location filename="../../ui/screens/contact.py" line="34"/>
        <source>Give a phone number, an email address, or both. They are used only for news about this petition and are never given to anyone.</source>
        <translation>Укажите номер телефона, адрес электронной почты или и то и другое. Они нужны только для новостей об этой петиции и никому не передаются.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/contact.py" line="38"/>
        <source>Phone number</source>
        <translation>Номер телефона</translation>
    </message>
    <message>
        <location filename="../../ui/screens/contact.py" line="39"/>
        <source>Email address</source>
        <translation>Электронная почта</translation>
    </message>
    <message>
        <location filename="../../ui/screens/contact.py" line="61"/>
        <source>Give a phone number or an email address if you want news about this petition.</source>
        <translation>Укажите телефон или адрес электронной почты, если хотите получать новости об этой петиции.</translation>
    </message>
</context>
<context>
    <name>DayEndPage</name>
    <message>
        <location filename="../../ui/console/dayend_page.py" line="73"/>
        <source>signed by drawing</source>
        <translation>подписали от руки</translation>
    </message>
    <message>
        <location filename="../../ui/console/dayend_page.py" line="74"/>
        <source>typed name and tick</source>
        <translation>набрали имя и поставили галочку</translation>
    </message>
    <message>
        <location filename="../../ui/console/dayend_page.py" line="75"/>
        <source>assisted by a volunteer</source>
        <translation>с помощью волонтёра</translation>
    </message>
    <message>
        <location filename="../../ui/console/dayend_page.py" line="76"/>
        <source>acknowledged by the server</source>
        <translation>подтверждено сервером</translation>
    </message>
    <message>
        <location filename="../../ui/console/dayend_page.py" line="77"/>
        <source>not yet sent</source>
        <translation>ещё не отправлено</translation>
    </message>
    <message>
        <location filename="../../ui/console/dayend_page.py" line="78"/>
        <source>withdrawn</source>
        <translation>отозвано</translation>
    </message>
    <message>
        <location filename="../../ui/console/dayend_page.py" line="82"/>
        <source>Day&apos;s end</source>
        <translation>Конец дня</translation>
    </message>
    <message>
        <location filename="../../ui/console/dayend_page.py" line="85"/>
        <source>Save summary as PDF</source>
        <translation>Сохранить сводку в PDF</translation>
    </message>
    <message>
        <location filename="../../ui/console/dayend_page.py" line="86"/>
        <source>Wipe what the server holds…</source>
        <translation>Стереть то, что уже есть на сервере…</translation>
    </message>
    <message>
        <location filename="../../ui/console/dayend_page.py" line="150"/>
        <source>Erase every acknowledged signature from this tablet? The server keeps them. This cannot be undone.</source>
        <translation>Стереть с этого планшета все подписи, подтверждённые сервером? На сервере они сохранятся. Это нельзя отменить.</translation>
    </message>
    <message>
        <location filename="../../ui/console/dayend_page.py" line="87"/>
        <source>Yes, wipe</source>
        <translation>Да, стереть</translation>
    </message>
    <message>
        <location filename="../../ui/console/dayend_page.py" line="88"/>
        <source>No</source>
        <translation>Нет</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/console/dayend_page.py" line="96"/>
        <source>%1: %n signature(s) today.</source>
        <translation>
            <numerusform>%1: сегодня %n подпись.</numerusform>
            <numerusform>%1: сегодня %n подписи.</numerusform>
            <numerusform>%1: сегодня %n подписей.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/console/dayend_page.py" line="116"/>
        <source>Could not save there: is the USB stick still there?</source>
        <translation>Не удалось сохранить туда: USB-флешка всё ещё вставлена?</translation>
    </message>
    <message>
        <location filename="../../ui/console/dayend_page.py" line="118"/>
        <source>Saved to %1.</source>
        <translation>Сохранено: %1.</translation>
    </message>
    <message>
        <location filename="../../ui/console/dayend_page.py" line="127"/>
        <source>Day&apos;s end summary</source>
        <translation>Сводка за день</translation>
    </message>
    <message>
        <location filename="../../ui/console/dayend_page.py" line="129"/>
        <source>DEMO: practice signatures, never counted.</source>
        <translation>ДЕМО: пробные подписи, они не засчитываются.</translation>
    </message>
    <message>
        <location filename="../../ui/console/dayend_page.py" line="130"/>
        <source>Campaign: %1</source>
        <translation>Кампания: %1</translation>
    </message>
    <message>
        <location filename="../../ui/console/dayend_page.py" line="131"/>
        <source>Tablet: %1</source>
        <translation>Планшет: %1</translation>
    </message>
    <message>
        <location filename="../../ui/console/dayend_page.py" line="134"/>
        <source>Signatures</source>
        <translation>Подписи</translation>
    </message>
    <message>
        <location filename="../../ui/console/dayend_page.py" line="137"/>
        <source>Signatures per hour today</source>
        <translation>Подписи по часам за сегодня</translation>
    </message>
    <message>
        <location filename="../../ui/console/dayend_page.py" line="138"/>
        <source>Counts only: this summary holds no names and needs no key.</source>
        <translation>Только цифры: в этой сводке нет имён, и для неё не нужен ключ.</translation>
    </message>
    <message>
        <location filename="../../ui/console/dayend_page.py" line="145"/>
        <source>The chain check found damage: do not wipe; call the campaign lead.</source>
        <translation>Проверка цепочки обнаружила повреждение: не стирайте; обратитесь к руководителю кампании.</translation>
    </message>
    <message>
        <location filename="../../ui/console/dayend_page.py" line="157"/>
        <source>Wiping…</source>
        <translation>Стирание…</translation>
    </message>
    <message>
        <location filename="../../ui/console/dayend_page.py" line="168"/>
        <source>The wipe did not complete. Nothing was lost.</source>
        <translation>Стирание не завершилось. Ничего не потеряно.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/console/dayend_page.py" line="171"/>
        <source>Not wiped: %n record(s) are not yet acknowledged by the server. Sync, or hand over and load the receipt, first.</source>
        <translation>
            <numerusform>Ничего не стёрто: %n запись ещё не подтверждена сервером. Сначала синхронизируйте или передайте данные и загрузите квитанцию.</numerusform>
            <numerusform>Ничего не стёрто: %n записи ещё не подтверждены сервером. Сначала синхронизируйте или передайте данные и загрузите квитанцию.</numerusform>
            <numerusform>Ничего не стёрто: %n записей ещё не подтверждены сервером. Сначала синхронизируйте или передайте данные и загрузите квитанцию.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/console/dayend_page.py" line="175"/>
        <source>Nothing to wipe.</source>
        <translation>Стирать нечего.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/console/dayend_page.py" line="180"/>
        <source>Wiped %n signature record(s). The tablet is ready for tomorrow.</source>
        <translation>
            <numerusform>Стёрта %n запись подписи. Планшет готов к завтрашнему дню.</numerusform>
            <numerusform>Стёрты %n записи подписей. Планшет готов к завтрашнему дню.</numerusform>
            <numerusform>Стёрто %n записей подписей. Планшет готов к завтрашнему дню.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DetailsScreen</name>
    <message>
        <location filename="../../ui/screens/details.py" line="57"/>
        <source>Your name</source>
        <translation>Ваше имя</translation>
    </message>
    <message>
        <location filename="../../ui/screens/details.py" line="58"/>
        <source>Write your name as in your identity card.</source>
        <translation>Напишите имя так, как в удостоверении личности.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/details.py" line="60"/>
        <source>Given name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <location filename="../../ui/screens/details.py" line="61"/>
        <source>Surname</source>
        <translation>Фамилия</translation>
    </message>
    <message>
        <location filename="../../ui/screens/details.py" line="62"/>
        <source>Father&apos;s name (optional)</source>
        <translation>Отчество (по желанию)</translation>
    </message>
    <message>
        <location filename="../../ui/screens/details.py" line="63"/>
        <source>Village or town you are from</source>
        <translation>Ваше село или город</translation>
    </message>
    <message>
        <location filename="../../ui/screens/details.py" line="64"/>
        <source>Year of birth</source>
        <translation>Год рождения</translation>
    </message>
    <message>
        <location filename="../../ui/screens/details.py" line="68"/>
        <source>Send me news about this petition (phone or email)</source>
        <translation>Присылайте мне новости об этой петиции (по телефону или эл. почте)</translation>
    </message>
    <message>
        <location filename="../../ui/screens/details.py" line="138"/>
        <source>Write your name and where you are from, as in your identity card. Touch a box to type in it.</source>
        <translation>Напишите имя и откуда вы, как в удостоверении личности. Коснитесь поля, чтобы писать в нём.</translation>
    </message>
</context>
<context>
    <name>DimOverlay</name>
    <message>
        <location filename="../../ui/widgets/dim_overlay.py" line="22"/>
        <source>Screen dimmed: touch to wake</source>
        <translation>Экран затемнён: коснитесь, чтобы включить</translation>
    </message>
</context>
<context>
    <name>EnrolPage</name>
    <message>
        <location filename="../../ui/console/enrol_page.py" line="48"/>
        <source>Enrol with the campaign&apos;s server</source>
        <translation>Регистрация на сервере кампании</translation>
    </message>
    <message>
        <location filename="../../ui/console/enrol_page.py" line="49"/>
        <source>Server address</source>
        <translation>Адрес сервера</translation>
    </message>
    <message>
        <location filename="../../ui/console/enrol_page.py" line="50"/>
        <source>Enrolment code from the campaign lead</source>
        <translation>Код регистрации от руководителя кампании</translation>
    </message>
    <message>
        <location filename="../../ui/console/enrol_page.py" line="51"/>
        <source>Enrol this tablet</source>
        <translation>Зарегистрировать этот планшет</translation>
    </message>
    <message>
        <location filename="../../ui/console/enrol_page.py" line="59"/>
        <source>Campaign key: %1. The code starts with its first six characters: compare them with what the campaign lead reads out.</source>
        <translation>Ключ кампании: %1. Код начинается с его первых шести символов: сверьте их с тем, что зачитывает руководитель кампании.</translation>
    </message>
    <message>
        <location filename="../../ui/console/enrol_page.py" line="68"/>
        <source>This tablet runs in DEMO mode. Enrolling makes it a campaign tablet: its practice signatures are erased; PINs and settings stay.</source>
        <translation>Этот планшет работает в режиме ДЕМО. После регистрации он станет планшетом кампании: пробные подписи будут стёрты, ПИН-коды и настройки сохранятся.</translation>
    </message>
    <message>
        <location filename="../../ui/console/enrol_page.py" line="75"/>
        <source>Enrolled with %1; waiting for the campaign lead&apos;s approval.</source>
        <translation>Планшет зарегистрирован на %1; ждём одобрения руководителя кампании.</translation>
    </message>
    <message>
        <location filename="../../ui/console/enrol_page.py" line="77"/>
        <source>Enrolled with %1.</source>
        <translation>Планшет зарегистрирован на %1.</translation>
    </message>
    <message>
        <location filename="../../ui/console/enrol_page.py" line="81"/>
        <source>This tablet is not enrolled: it keeps signatures here.</source>
        <translation>Этот планшет не зарегистрирован: подписи хранятся на нём.</translation>
    </message>
    <message>
        <location filename="../../ui/console/enrol_page.py" line="86"/>
        <source>The server address starts with https://</source>
        <translation>Адрес сервера должен начинаться с https://</translation>
    </message>
    <message>
        <location filename="../../ui/console/enrol_page.py" line="90"/>
        <source>That is not an enrolment code (like 7F3A9C-K2QW-8MXD-4HTB-9RJE).</source>
        <translation>Это не код регистрации (например, 7F3A9C-K2QW-8MXD-4HTB-9RJE).</translation>
    </message>
    <message>
        <location filename="../../ui/console/enrol_page.py" line="95"/>
        <source>Enrolling…</source>
        <translation>Регистрация…</translation>
    </message>
    <message>
        <location filename="../../ui/console/enrol_page.py" line="119"/>
        <source>Enrolled. The server&apos;s campaign key is %1.</source>
        <translation>Регистрация завершена. Ключ кампании на сервере: %1.</translation>
    </message>
    <message>
        <location filename="../../ui/console/enrol_page.py" line="128"/>
        <source>This tablet holds signatures for its own campaign file: hand them over first, then enrol a fresh tablet.</source>
        <translation>На этом планшете есть подписи для его собственного файла кампании: сначала передайте их, затем зарегистрируйте чистый планшет.</translation>
    </message>
    <message>
        <location filename="../../ui/console/enrol_page.py" line="131"/>
        <source>The server does not know this code, or it was used or has expired.</source>
        <translation>Сервер не знает этот код, или код уже использован, или срок его действия истёк.</translation>
    </message>
    <message>
        <location filename="../../ui/console/enrol_page.py" line="133"/>
        <source>The server&apos;s campaign key does not match this code. Nothing changed.</source>
        <translation>Ключ кампании на сервере не совпадает с этим кодом. Ничего не изменилось.</translation>
    </message>
    <message>
        <location filename="../../ui/console/enrol_page.py" line="135"/>
        <source>Cannot reach the server. Check the address and the network.</source>
        <translation>Не удаётся связаться с сервером. Проверьте адрес и сеть.</translation>
    </message>
    <message>
        <location filename="../../ui/console/enrol_page.py" line="137"/>
        <source>Enrolment did not work. Nothing changed. Call the campaign lead.</source>
        <translation>Регистрация не удалась. Ничего не изменилось. Обратитесь к руководителю кампании.</translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <location filename="../../ui/export_text.py" line="49"/>
        <location filename="../../ui/export_text.py" line="52"/>
        <source>Signers</source>
        <translation>Подписанты</translation>
    </message>
    <message>
        <location filename="../../ui/export_text.py" line="50"/>
        <source>Totals by settlement</source>
        <translation>Итоги по населённым пунктам</translation>
    </message>
    <message>
        <location filename="../../ui/export_text.py" line="51"/>
        <source>Possible duplicates</source>
        <translation>Возможные повторы</translation>
    </message>
    <message>
        <location filename="../../ui/export_text.py" line="53"/>
        <source>Total</source>
        <translation>Итого</translation>
    </message>
    <message>
        <location filename="../../ui/export_text.py" line="54"/>
        <source>drawn</source>
        <translation>от руки</translation>
    </message>
    <message>
        <location filename="../../ui/export_text.py" line="55"/>
        <source>typed</source>
        <translation>набрано имя</translation>
    </message>
    <message>
        <location filename="../../ui/export_text.py" line="56"/>
        <source>assisted</source>
        <translation>с помощью волонтёра</translation>
    </message>
    <message>
        <location filename="../../ui/export_text.py" line="57"/>
        <source>hands are not steady</source>
        <translation>дрожат руки</translation>
    </message>
    <message>
        <location filename="../../ui/export_text.py" line="58"/>
        <source>cannot see well</source>
        <translation>плохо видит</translation>
    </message>
    <message>
        <location filename="../../ui/export_text.py" line="59"/>
        <source>cannot write</source>
        <translation>не может писать</translation>
    </message>
    <message>
        <location filename="../../ui/export_text.py" line="60"/>
        <source>another reason</source>
        <translation>другая причина</translation>
    </message>
    <message>
        <location filename="../../ui/export_text.py" line="61"/>
        <source>synthetic (test)</source>
        <translation>синтетическая (тест)</translation>
    </message>
    <message>
        <location filename="../../ui/export_text.py" line="67"/>
        <source>Surname</source>
        <translation>Фамилия</translation>
    </message>
    <message>
        <location filename="../../ui/export_text.py" line="68"/>
        <source>Given name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <location filename="../../ui/export_text.py" line="69"/>
        <source>Patronymic</source>
        <translation>Отчество</translation>
    </message>
    <message>
        <location filename="../../ui/export_text.py" line="70"/>
        <source>Settlement</source>
        <translation>Населённый пункт</translation>
    </message>
    <message>
        <location filename="../../ui/export_text.py" line="71"/>
        <source>How signed</source>
        <translation>Способ подписи</translation>
    </message>
    <message>
        <location filename="../../ui/export_text.py" line="72"/>
        <source>Volunteer who assisted</source>
        <translation>Помогавший волонтёр</translation>
    </message>
    <message>
        <location filename="../../ui/export_text.py" line="73"/>
        <source>Why assisted</source>
        <translation>Причина помощи</translation>
    </message>
    <message>
        <location filename="../../ui/export_text.py" line="74"/>
        <source>Typed name</source>
        <translation>Набранное имя</translation>
    </message>
    <message>
        <location filename="../../ui/export_text.py" line="75"/>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <location filename="../../ui/export_text.py" line="76"/>
        <source>Email</source>
        <translation>Эл. почта</translation>
    </message>
    <message>
        <location filename="../../ui/export_text.py" line="77"/>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <location filename="../../ui/export_text.py" line="78"/>
        <source>Signed at</source>
        <translation>Время подписи</translation>
    </message>
    <message>
        <location filename="../../ui/export_text.py" line="79"/>
        <source>Tablet</source>
        <translation>Планшет</translation>
    </message>
    <message>
        <location filename="../../ui/export_text.py" line="80"/>
        <source>Record</source>
        <translation>ID записи</translation>
    </message>
    <message>
        <location filename="../../ui/export_text.py" line="81"/>
        <source>Test data</source>
        <translation>Тестовые данные</translation>
    </message>
    <message>
        <location filename="../../ui/export_text.py" line="82"/>
        <source>Clock warning</source>
        <translation>Предупреждение о часах</translation>
    </message>
    <message>
        <location filename="../../ui/export_text.py" line="83"/>
        <source>Place of signing</source>
        <translation>Место подписи</translation>
    </message>
    <message>
        <location filename="../../ui/export_text.py" line="84"/>
        <source>Volunteer on duty</source>
        <translation>Дежурный волонтёр</translation>
    </message>
    <message>
        <location filename="../../ui/export_text.py" line="85"/>
        <source>Group</source>
        <translation>Группа</translation>
    </message>
    <message>
        <location filename="../../ui/export_text.py" line="86"/>
        <source>Why flagged</source>
        <translation>Почему отмечено</translation>
    </message>
    <message>
        <location filename="../../ui/export_text.py" line="92"/>
        <source>Unique signers</source>
        <translation>Уникальные подписанты</translation>
    </message>
    <message>
        <location filename="../../ui/export_text.py" line="93"/>
        <source>Duplicates removed</source>
        <translation>Удалены повторы</translation>
    </message>
    <message>
        <location filename="../../ui/export_text.py" line="94"/>
        <source>Withdrawn by their signers</source>
        <translation>Отозваны самими подписантами</translation>
    </message>
    <message>
        <location filename="../../ui/export_text.py" line="95"/>
        <source>Left out: tablet revoked</source>
        <translation>Не учтены: планшет отозван</translation>
    </message>
    <message>
        <location filename="../../ui/export_text.py" line="96"/>
        <source>Signed by drawing</source>
        <translation>Подписали от руки</translation>
    </message>
    <message>
        <location filename="../../ui/export_text.py" line="97"/>
        <source>Signed with a typed name</source>
        <translation>Подписали набранным именем</translation>
    </message>
    <message>
        <location filename="../../ui/export_text.py" line="98"/>
        <source>Signed with a volunteer&apos;s help</source>
        <translation>Подписали с помощью волонтёра</translation>
    </message>
    <message>
        <location filename="../../ui/export_text.py" line="99"/>
        <source>Held aside at the server, not counted</source>
        <translation>Отложены на сервере, не учтены</translation>
    </message>
    <message>
        <location filename="../../ui/export_text.py" line="107"/>
        <source>Possible duplicates, for a person to judge: nothing here was removed.</source>
        <translation>Возможные повторы, решает человек: отсюда ничего не удалено.</translation>
    </message>
    <message>
        <location filename="../../ui/export_text.py" line="110"/>
        <source>Flagged: names that sound alike once Russian and Azerbaijani spellings are folded together (Мамедов / Məmmədov), in the same settlement (Ağdam / Агдам).</source>
        <translation>Отмечены: имена, которые звучат одинаково, если свести русское и азербайджанское написание (Мамедов / Məmmədov), в одном населённом пункте (Ağdam / Агдам).</translation>
    </message>
    <message>
        <location filename="../../ui/export_text.py" line="115"/>
        <source>Flagged: names one letter apart in the same settlement.</source>
        <translation>Отмечены: имена, отличающиеся одной буквой, в одном населённом пункте.</translation>
    </message>
    <message>
        <location filename="../../ui/export_text.py" line="118"/>
        <source>Exact duplicates (the same name and settlement) were removed already and are not listed.</source>
        <translation>Точные повторы (то же имя и населённый пункт) уже удалены и здесь не показаны.</translation>
    </message>
    <message>
        <location filename="../../ui/export_text.py" line="123"/>
        <source>sound alike</source>
        <translation>звучат одинаково</translation>
    </message>
    <message>
        <location filename="../../ui/export_text.py" line="124"/>
        <source>one letter apart</source>
        <translation>отличаются одной буквой</translation>
    </message>
    <message>
        <location filename="../../ui/export_text.py" line="125"/>
        <source>No possible duplicates found.</source>
        <translation>Возможных повторов не найдено.</translation>
    </message>
    <message>
        <location filename="../../ui/export_text.py" line="131"/>
        <source>Petition</source>
        <translation>Петиция</translation>
    </message>
    <message>
        <location filename="../../ui/export_text.py" line="132"/>
        <source>Addressed to</source>
        <translation>Адресат</translation>
    </message>
    <message>
        <location filename="../../ui/export_text.py" line="133"/>
        <source>The request</source>
        <translation>Призыв</translation>
    </message>
    <message>
        <location filename="../../ui/export_text.py" line="134"/>
        <source>Organisers</source>
        <translation>Организаторы</translation>
    </message>
    <message>
        <location filename="../../ui/export_text.py" line="135"/>
        <source>Text in %1</source>
        <translation>Текст: %1</translation>
    </message>
    <message>
        <location filename="../../ui/export_text.py" line="136"/>
        <source>SHA-256 of the text shown, its consent wording included</source>
        <translation>SHA-256 показанного текста, включая текст согласия</translation>
    </message>
    <message>
        <location filename="../../ui/export_text.py" line="139"/>
        <source>Facts as of</source>
        <translation>Факты на дату</translation>
    </message>
    <message>
        <location filename="../../ui/export_text.py" line="140"/>
        <source>Signers who read this text</source>
        <translation>Подписали, прочитав этот текст</translation>
    </message>
    <message>
        <location filename="../../ui/export_text.py" line="141"/>
        <source>A text that is not in this campaign file</source>
        <translation>Текст, которого нет в этом файле кампании</translation>
    </message>
    <message>
        <location filename="../../ui/export_text.py" line="144"/>
        <source>How the signatures were collected</source>
        <translation>Как собирались подписи</translation>
    </message>
    <message>
        <location filename="../../ui/export_text.py" line="145"/>
        <source>Tablets used: %1. Signatures collected from %2 to %3. Each signature was sealed on the tablet the moment it was given and opened only on the offline export computer. Each person is counted once, however many times they signed.</source>
        <translation>Использовано планшетов: %1. Подписи собраны с %2 по %3. Каждая подпись была зашифрована на планшете в момент подписания и открыта только на автономном компьютере для экспорта. Каждый человек учтён один раз, сколько бы раз он ни подписал.</translation>
    </message>
    <message>
        <location filename="../../ui/export_text.py" line="151"/>
        <source>First signature</source>
        <translation>Первая подпись</translation>
    </message>
    <message>
        <location filename="../../ui/export_text.py" line="152"/>
        <source>Last signature</source>
        <translation>Последняя подпись</translation>
    </message>
    <message>
        <location filename="../../ui/export_text.py" line="153"/>
        <source>Signatures given on a tablet whose clock was wrong (their dates are the tablet&apos;s): %1</source>
        <translation>Подписи, данные на планшете с неверными часами (даты — по часам планшета): %1</translation>
    </message>
    <message>
        <location filename="../../ui/export_text.py" line="157"/>
        <source>The count</source>
        <translation>Подсчёт</translation>
    </message>
    <message>
        <location filename="../../ui/export_text.py" line="158"/>
        <source>Signers by settlement</source>
        <translation>Подписанты по населённым пунктам</translation>
    </message>
    <message>
        <location filename="../../ui/export_text.py" line="159"/>
        <source>No.</source>
        <translation>№</translation>
    </message>
    <message>
        <location filename="../../ui/export_text.py" line="160"/>
        <source>Name</source>
        <translation>Фамилия, имя, отчество</translation>
    </message>
    <message>
        <location filename="../../ui/export_text.py" line="161"/>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <location filename="../../ui/export_text.py" line="162"/>
        <source>Signature</source>
        <translation>Подпись</translation>
    </message>
    <message>
        <location filename="../../ui/export_text.py" line="163"/>
        <source>assisted by %1</source>
        <translation>с помощью волонтёра %1</translation>
    </message>
    <message>
        <location filename="../../ui/export_text.py" line="164"/>
        <source>page %1 of %2</source>
        <translation>страница %1 из %2</translation>
    </message>
    <message>
        <location filename="../../ui/export_text.py" line="165"/>
        <source>TEST DATA: this file holds simulated signatures. Not for delivery.</source>
        <translation>ТЕСТОВЫЕ ДАННЫЕ: в этом файле смоделированные подписи. Не для передачи адресату.</translation>
    </message>
</context>
<context>
    <name>FormScreen</name>
    <message>
        <location filename="../../ui/screens/form_screen.py" line="43"/>
        <source>Back</source>
        <translation>Назад</translation>
    </message>
    <message>
        <location filename="../../ui/screens/form_screen.py" line="44"/>
        <source>Next</source>
        <translation>Далее</translation>
    </message>
</context>
<context>
    <name>HandoverPage</name>
    <message>
        <location filename="../../ui/console/handover_page.py" line="75"/>
        <source>Hand-over by USB stick</source>
        <translation>Передача через USB-флешку</translation>
    </message>
    <message>
        <location filename="../../ui/console/handover_page.py" line="78"/>
        <source>No network? Save the unsent signatures to a USB stick and give it to the campaign lead. Their server gives back a receipt file: load it here, and the signatures count as sent. The file is sealed: nobody can read names in it.</source>
        <translation>Нет сети? Сохраните неотправленные подписи на USB-флешку и отдайте её руководителю кампании. Его сервер выдаст файл-квитанцию: загрузите его здесь, и подписи будут считаться отправленными. Файл зашифрован: никто не сможет прочитать в нём имена.</translation>
    </message>
    <message>
        <location filename="../../ui/console/handover_page.py" line="83"/>
        <source>Save hand-over file</source>
        <translation>Сохранить файл для передачи</translation>
    </message>
    <message>
        <location filename="../../ui/console/handover_page.py" line="84"/>
        <source>Load receipt</source>
        <translation>Загрузить квитанцию</translation>
    </message>
    <message>
        <location filename="../../ui/console/handover_page.py" line="95"/>
        <source>A DEMO tablet has nothing to hand over.</source>
        <translation>Планшету в режиме ДЕМО нечего передавать.</translation>
    </message>
    <message>
        <location filename="../../ui/console/handover_page.py" line="99"/>
        <source>Working…</source>
        <translation>Выполняется…</translation>
    </message>
    <message>
        <location filename="../../ui/console/handover_page.py" line="116"/>
        <source>Saved %1 signature record(s) to %2.</source>
        <translation>Записей подписей сохранено: %1 (файл %2).</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/console/handover_page.py" line="131"/>
        <source>Receipt loaded: acknowledged through no. %1; %n still to send.</source>
        <translation>
            <numerusform>Квитанция загружена: подтверждено по № %1 включительно; осталось отправить: %n.</numerusform>
            <numerusform>Квитанция загружена: подтверждено по № %1 включительно; осталось отправить: %n.</numerusform>
            <numerusform>Квитанция загружена: подтверждено по № %1 включительно; осталось отправить: %n.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/console/handover_page.py" line="138"/>
        <source>Nothing to hand over: the server has everything.</source>
        <translation>Передавать нечего: на сервере уже всё есть.</translation>
    </message>
    <message>
        <location filename="../../ui/console/handover_page.py" line="141"/>
        <source>That file is not a receipt for this tablet. Nothing was changed.</source>
        <translation>Этот файл — не квитанция для этого планшета. Ничего не изменено.</translation>
    </message>
    <message>
        <location filename="../../ui/console/handover_page.py" line="144"/>
        <source>A sync is running. Try again in a minute.</source>
        <translation>Идёт синхронизация. Попробуйте ещё раз через минуту.</translation>
    </message>
    <message>
        <location filename="../../ui/console/handover_page.py" line="146"/>
        <source>That did not work: is the USB stick still there?</source>
        <translation>Не получилось: USB-флешка всё ещё вставлена?</translation>
    </message>
</context>
<context>
    <name>HelpCard</name>
    <message>
        <location filename="../../ui/widgets/help_card.py" line="39"/>
        <source>Help</source>
        <translation>Помощь</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/help_card.py" line="40"/>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/help_card.py" line="41"/>
        <source>Listen ▶</source>
        <translation>Слушать ▶</translation>
    </message>
</context>
<context>
    <name>IdlePrompt</name>
    <message>
        <location filename="../../ui/widgets/idle_prompt.py" line="41"/>
        <source>Are you still there?</source>
        <translation>Вы ещё здесь?</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/widgets/idle_prompt.py" line="43"/>
        <source>Your answers will be cleared in %n second(s).</source>
        <translation>
            <numerusform>Ваши ответы будут удалены через %n секунду.</numerusform>
            <numerusform>Ваши ответы будут удалены через %n секунды.</numerusform>
            <numerusform>Ваши ответы будут удалены через %n секунд.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/widgets/idle_prompt.py" line="45"/>
        <source>Yes, I am here</source>
        <translation>Да, я здесь</translation>
    </message>
</context>
<context>
    <name>KioskWindow</name>
    <message>
        <location filename="../../ui/window.py" line="187"/>
        <source>DEMO — practice only: signatures here are not counted</source>
        <translation>ДЕМО — только для пробы: подписи здесь не засчитываются</translation>
    </message>
    <message>
        <location filename="../../ui/window.py" line="188"/>
        <location filename="../../ui/window.py" line="190"/>
        <source>Help</source>
        <translation>Помощь</translation>
    </message>
    <message>
        <location filename="../../ui/window.py" line="205"/>
        <source>Stop ■</source>
        <translation>Стоп ■</translation>
    </message>
    <message>
        <location filename="../../ui/window.py" line="205"/>
        <source>Listen ▶</source>
        <translation>Слушать ▶</translation>
    </message>
    <message>
        <location filename="../../ui/window.py" line="206"/>
        <source>Listen</source>
        <translation>Слушать</translation>
    </message>
</context>
<context>
    <name>LockPanel</name>
    <message>
        <location filename="../../ui/lock.py" line="90"/>
        <source>Volunteer</source>
        <translation>Волонтёр</translation>
    </message>
    <message>
        <location filename="../../ui/lock.py" line="91"/>
        <source>Coordinator</source>
        <translation>Координатор</translation>
    </message>
    <message>
        <location filename="../../ui/lock.py" line="93"/>
        <source>Volunteer PIN</source>
        <translation>ПИН волонтёра</translation>
    </message>
    <message>
        <location filename="../../ui/lock.py" line="95"/>
        <source>Coordinator PIN</source>
        <translation>ПИН-код координатора</translation>
    </message>
    <message>
        <location filename="../../ui/lock.py" line="101"/>
        <source>Choose a volunteer PIN (6 to 8 digits)</source>
        <translation>Выберите ПИН волонтёра (6–8 цифр)</translation>
    </message>
    <message>
        <location filename="../../ui/lock.py" line="102"/>
        <source>Choose a coordinator PIN (6 to 8 digits)</source>
        <translation>Придумайте ПИН-код координатора (от 6 до 8 цифр)</translation>
    </message>
    <message>
        <location filename="../../ui/lock.py" line="114"/>
        <source>Only coordinators may know it.</source>
        <translation>Его могут знать только координаторы.</translation>
    </message>
    <message>
        <location filename="../../ui/lock.py" line="126"/>
        <source>A PIN is 6 to 8 digits.</source>
        <translation>ПИН-код должен состоять из 6–8 цифр.</translation>
    </message>
    <message>
        <location filename="../../ui/lock.py" line="128"/>
        <source>Choose a PIN that is not a simple sequence.</source>
        <translation>Выберите ПИН-код, который не является простой последовательностью цифр.</translation>
    </message>
    <message>
        <location filename="../../ui/lock.py" line="131"/>
        <source>Enter the same PIN again</source>
        <translation>Введите тот же ПИН-код ещё раз</translation>
    </message>
    <message>
        <location filename="../../ui/lock.py" line="138"/>
        <source>The two PINs differ. Please start again.</source>
        <translation>ПИН-коды не совпадают. Пожалуйста, начните сначала.</translation>
    </message>
    <message>
        <location filename="../../ui/lock.py" line="148"/>
        <source>No volunteer PIN is set on this tablet. Ask the coordinator.</source>
        <translation>На этом планшете не задан ПИН волонтёра. Обратитесь к координатору.</translation>
    </message>
    <message>
        <location filename="../../ui/lock.py" line="158"/>
        <source>Too many wrong PINs. Try again after %1.</source>
        <translation>Слишком много неверных ПИН-кодов. Повторите попытку после %1.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/lock.py" line="165"/>
        <source>Wrong PIN. %n attempt(s) left.</source>
        <translation>
            <numerusform>Неверный ПИН-код. Осталась %n попытка.</numerusform>
            <numerusform>Неверный ПИН-код. Осталось %n попытки.</numerusform>
            <numerusform>Неверный ПИН-код. Осталось %n попыток.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MoreBelow</name>
    <message>
        <location filename="../../ui/widgets/more_below.py" line="24"/>
        <source>Scroll down to read more ↓</source>
        <translation>Прокрутите вниз, чтобы читать дальше ↓</translation>
    </message>
</context>
<context>
    <name>NoDrawingScreen</name>
    <message>
        <location filename="../../ui/screens/no_drawing.py" line="73"/>
        <source>Signing without drawing</source>
        <translation>Подпись без рисования</translation>
    </message>
    <message>
        <location filename="../../ui/screens/no_drawing.py" line="74"/>
        <source>I type my name</source>
        <translation>Я наберу своё имя</translation>
    </message>
    <message>
        <location filename="../../ui/screens/no_drawing.py" line="75"/>
        <source>A volunteer helps me</source>
        <translation>Мне помогает волонтёр</translation>
    </message>
    <message>
        <location filename="../../ui/screens/no_drawing.py" line="76"/>
        <source>Your full name</source>
        <translation>Ваше полное имя</translation>
    </message>
    <message>
        <location filename="../../ui/screens/no_drawing.py" line="77"/>
        <source>This typed name is my signature</source>
        <translation>Это набранное имя — моя подпись</translation>
    </message>
    <message>
        <location filename="../../ui/screens/no_drawing.py" line="79"/>
        <source>A volunteer enters the volunteer PIN and their own code.</source>
        <translation>Волонтёр вводит ПИН волонтёра и свой код.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/no_drawing.py" line="81"/>
        <source>Volunteer PIN</source>
        <translation>ПИН волонтёра</translation>
    </message>
    <message>
        <location filename="../../ui/screens/no_drawing.py" line="82"/>
        <source>Volunteer code</source>
        <translation>Код волонтёра</translation>
    </message>
    <message>
        <location filename="../../ui/screens/no_drawing.py" line="83"/>
        <source>Why is a volunteer helping?</source>
        <translation>Почему помогает волонтёр?</translation>
    </message>
    <message>
        <location filename="../../ui/screens/no_drawing.py" line="85"/>
        <source>Hands are not steady</source>
        <translation>Дрожат руки</translation>
    </message>
    <message>
        <location filename="../../ui/screens/no_drawing.py" line="86"/>
        <source>Cannot see well</source>
        <translation>Плохо видит</translation>
    </message>
    <message>
        <location filename="../../ui/screens/no_drawing.py" line="87"/>
        <source>Cannot write</source>
        <translation>Не может писать</translation>
    </message>
    <message>
        <location filename="../../ui/screens/no_drawing.py" line="88"/>
        <source>Another reason</source>
        <translation>Другая причина</translation>
    </message>
    <message>
        <location filename="../../ui/screens/no_drawing.py" line="151"/>
        <source>No volunteer PIN is set on this tablet. Ask the coordinator.</source>
        <translation>На этом планшете не задан ПИН волонтёра. Обратитесь к координатору.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/no_drawing.py" line="153"/>
        <source>That is not the volunteer PIN.</source>
        <translation>Это не ПИН волонтёра.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/no_drawing.py" line="154"/>
        <source>Too many wrong PINs. Ask the coordinator.</source>
        <translation>Слишком много неверных ПИН. Обратитесь к координатору.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/no_drawing.py" line="180"/>
        <source>Type your name and tick the box, or ask a volunteer to help you.</source>
        <translation>Наберите своё имя и поставьте галочку или попросите помощи у волонтёра.</translation>
    </message>
</context>
<context>
    <name>OnScreenKeyboard</name>
    <message>
        <location filename="../../ui/widgets/keyboard.py" line="309"/>
        <source>Backspace</source>
        <translation>Стереть</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/keyboard.py" line="310"/>
        <source>Space</source>
        <translation>Пробел</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/keyboard.py" line="311"/>
        <source>Shift</source>
        <translation>Заглавная буква</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/keyboard.py" line="312"/>
        <source>Change keyboard language</source>
        <translation>Сменить язык клавиатуры</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/keyboard.py" line="313"/>
        <source>Hide keyboard</source>
        <translation>Скрыть клавиатуру</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/keyboard.py" line="314"/>
        <source>Letters</source>
        <translation>Буквы</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/keyboard.py" line="319"/>
        <source>On-screen keyboard</source>
        <translation>Экранная клавиатура</translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <location filename="../../ui/console/overview.py" line="77"/>
        <source>This tablet today</source>
        <translation>Этот планшет сегодня</translation>
    </message>
    <message>
        <location filename="../../ui/console/overview.py" line="78"/>
        <source>signed today</source>
        <translation>подписано сегодня</translation>
    </message>
    <message>
        <location filename="../../ui/console/overview.py" line="79"/>
        <source>signed on this tablet</source>
        <translation>подписано на этом планшете</translation>
    </message>
    <message>
        <location filename="../../ui/console/overview.py" line="80"/>
        <source>not yet sent</source>
        <translation>ещё не отправлено</translation>
    </message>
    <message>
        <location filename="../../ui/console/overview.py" line="81"/>
        <source>acknowledged through no.</source>
        <translation>последний подтверждённый №</translation>
    </message>
    <message>
        <location filename="../../ui/console/overview.py" line="82"/>
        <source>Signatures per hour today</source>
        <translation>Подписи по часам за сегодня</translation>
    </message>
    <message>
        <location filename="../../ui/console/overview.py" line="83"/>
        <source>Sync now</source>
        <translation>Синхронизировать сейчас</translation>
    </message>
    <message>
        <location filename="../../ui/console/overview.py" line="84"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location filename="../../ui/console/overview.py" line="93"/>
        <source>imza.toml has a mistake, so the defaults apply: %1</source>
        <translation>В imza.toml ошибка, поэтому действуют настройки по умолчанию: %1</translation>
    </message>
    <message>
        <location filename="../../ui/console/overview.py" line="115"/>
        <source>A DEMO tablet never syncs.</source>
        <translation>Планшет в режиме ДЕМО никогда не синхронизируется.</translation>
    </message>
    <message>
        <location filename="../../ui/console/overview.py" line="117"/>
        <source>Not enrolled with a server yet: see Enrol.</source>
        <translation>Планшет ещё не зарегистрирован на сервере: см. раздел «Регистрация».</translation>
    </message>
    <message>
        <location filename="../../ui/console/overview.py" line="123"/>
        <source>Never synced.</source>
        <translation>Ещё не синхронизировано.</translation>
    </message>
    <message>
        <location filename="../../ui/console/overview.py" line="124"/>
        <source>Last sync: %1.</source>
        <translation>Последняя синхронизация: %1.</translation>
    </message>
    <message>
        <location filename="../../ui/console/overview.py" line="126"/>
        <source>The last try did not complete.</source>
        <translation>Последняя попытка не завершилась.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/console/overview.py" line="128"/>
        <source>%n signature(s) still to send.</source>
        <translation>
            <numerusform>Осталось отправить %n подпись.</numerusform>
            <numerusform>Осталось отправить %n подписи.</numerusform>
            <numerusform>Осталось отправить %n подписей.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/console/overview.py" line="129"/>
        <source>Everything is sent.</source>
        <translation>Всё отправлено.</translation>
    </message>
    <message>
        <location filename="../../ui/console/overview.py" line="134"/>
        <source>The server&apos;s count: not heard yet.</source>
        <translation>Подсчёт на сервере: данных пока нет.</translation>
    </message>
    <message>
        <location filename="../../ui/console/overview.py" line="137"/>
        <source>The server counts at least %1 signers of %2, as of %3.</source>
        <translation>Подписантов по данным сервера: не менее %1 из %2 (по состоянию на %3).</translation>
    </message>
    <message>
        <location filename="../../ui/console/overview.py" line="145"/>
        <source>Chain check: running…</source>
        <translation>Проверка цепочки: идёт…</translation>
    </message>
    <message>
        <location filename="../../ui/console/overview.py" line="147"/>
        <source>Chain check: intact.</source>
        <translation>Проверка цепочки: цепочка цела.</translation>
    </message>
    <message>
        <location filename="../../ui/console/overview.py" line="148"/>
        <source>Chain check: DAMAGED. Do not wipe; call the campaign lead.</source>
        <translation>Проверка цепочки: ПОВРЕЖДЕНА. Не стирайте; обратитесь к руководителю кампании.</translation>
    </message>
    <message>
        <location filename="../../ui/console/overview.py" line="199"/>
        <source>Sending…</source>
        <translation>Отправка…</translation>
    </message>
    <message>
        <location filename="../../ui/console/overview.py" line="206"/>
        <source>Sending %1 of %2</source>
        <translation>Отправка: %1 из %2</translation>
    </message>
    <message>
        <location filename="../../ui/console/overview.py" line="214"/>
        <source>Sync complete.</source>
        <translation>Синхронизация завершена.</translation>
    </message>
    <message>
        <location filename="../../ui/console/overview.py" line="221"/>
        <source>Sync cancelled; it tries again later by itself.</source>
        <translation>Синхронизация отменена; позже она повторится сама.</translation>
    </message>
</context>
<context>
    <name>PausedOverlay</name>
    <message>
        <location filename="../../ui/widgets/paused.py" line="25"/>
        <source>This tablet is paused. A volunteer will be with you shortly.</source>
        <translation>Планшет приостановлен. Волонтёр скоро подойдёт к вам.</translation>
    </message>
</context>
<context>
    <name>PetitionScreen</name>
    <message>
        <location filename="../../ui/screens/petition.py" line="78"/>
        <source>To: %1</source>
        <translation>Кому: %1</translation>
    </message>
    <message>
        <location filename="../../ui/screens/petition.py" line="80"/>
        <source>Facts as of %1.</source>
        <translation>Факты указаны по данным %1 года.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/petition.py" line="82"/>
        <source>Organisers</source>
        <translation>Организаторы</translation>
    </message>
    <message>
        <location filename="../../ui/screens/petition.py" line="84"/>
        <source>Back</source>
        <translation>Назад</translation>
    </message>
    <message>
        <location filename="../../ui/screens/petition.py" line="85"/>
        <source>I want to sign</source>
        <translation>Я хочу подписать</translation>
    </message>
    <message>
        <location filename="../../ui/screens/petition.py" line="93"/>
        <source>Read the petition. Move the text up with your finger to see more. When you are ready, press the green button.</source>
        <translation>Прочитайте петицию. Чтобы увидеть продолжение, сдвиньте текст пальцем вверх. Когда будете готовы, нажмите зелёную кнопку.</translation>
    </message>
</context>
<context>
    <name>PinPad</name>
    <message>
        <location filename="../../ui/widgets/pinpad.py" line="119"/>
        <source>Digit %1</source>
        <translation>Цифра %1</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/pinpad.py" line="121"/>
        <source>Delete</source>
        <translation>Стереть</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/pinpad.py" line="122"/>
        <source>OK</source>
        <translation>ОК</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/pinpad.py" line="123"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/pinpad.py" line="129"/>
        <source>PIN</source>
        <translation>ПИН-код</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/widgets/pinpad.py" line="157"/>
        <source>%n digits entered</source>
        <translation>
            <numerusform>Введена %n цифра</numerusform>
            <numerusform>Введено %n цифры</numerusform>
            <numerusform>Введено %n цифр</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Question</name>
    <message>
        <location filename="../../ui/widgets/question.py" line="31"/>
        <source>Someone with this name from this settlement has already signed on this tablet. Is that you?</source>
        <translation>Человек с таким именем из этого населённого пункта уже подписал петицию на этом планшете. Это были вы?</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/question.py" line="35"/>
        <source>Yes, that was me</source>
        <translation>Да, это я</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/question.py" line="36"/>
        <source>No, that is someone else</source>
        <translation>Нет, это другой человек</translation>
    </message>
</context>
<context>
    <name>RenewingOverlay</name>
    <message>
        <location filename="../../ui/sync_worker.py" line="197"/>
        <source>One moment, please: this tablet is renewing its connection.</source>
        <translation>Одну минуту, пожалуйста: планшет обновляет своё подключение.</translation>
    </message>
</context>
<context>
    <name>ReviewScreen</name>
    <message>
        <location filename="../../ui/screens/review.py" line="65"/>
        <source>Please check</source>
        <translation>Пожалуйста, проверьте</translation>
    </message>
    <message>
        <location filename="../../ui/screens/review.py" line="68"/>
        <source>Name: %1</source>
        <translation>Имя: %1</translation>
    </message>
    <message>
        <location filename="../../ui/screens/review.py" line="69"/>
        <source>Village or town: %1</source>
        <translation>Село или город: %1</translation>
    </message>
    <message>
        <location filename="../../ui/screens/review.py" line="72"/>
        <source>Born in %1</source>
        <translation>Год рождения: %1</translation>
    </message>
    <message>
        <location filename="../../ui/screens/review.py" line="75"/>
        <source>News to: %1</source>
        <translation>Для новостей: %1</translation>
    </message>
    <message>
        <location filename="../../ui/screens/review.py" line="80"/>
        <source>Signature: your typed name</source>
        <translation>Подпись: набранное вами имя</translation>
    </message>
    <message>
        <location filename="../../ui/screens/review.py" line="83"/>
        <source>Signed with the help of volunteer %1</source>
        <translation>Подписано с помощью волонтёра %1</translation>
    </message>
    <message>
        <location filename="../../ui/screens/review.py" line="88"/>
        <source>Petition read in: %1</source>
        <translation>Язык, на котором вы читали петицию: %1</translation>
    </message>
    <message>
        <location filename="../../ui/screens/review.py" line="90"/>
        <source>Nothing is saved until you press the green button.</source>
        <translation>Ничего не сохраняется, пока вы не нажмёте зелёную кнопку.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/review.py" line="91"/>
        <source>Change something</source>
        <translation>Исправить</translation>
    </message>
    <message>
        <location filename="../../ui/screens/review.py" line="92"/>
        <source>Confirm and sign</source>
        <translation>Подтвердить и подписать</translation>
    </message>
    <message>
        <location filename="../../ui/screens/review.py" line="100"/>
        <source>Your signature</source>
        <translation>Ваша подпись</translation>
    </message>
    <message>
        <location filename="../../ui/screens/review.py" line="104"/>
        <source>Check what you wrote. Press the green button to sign, or change something first.</source>
        <translation>Проверьте написанное. Нажмите зелёную кнопку, чтобы подписать, или сначала исправьте.</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../../ui/console/settings_page.py" line="75"/>
        <source>Settings</source>
        <translation>Настройки</translation>
    </message>
    <message>
        <location filename="../../ui/console/settings_page.py" line="76"/>
        <source>Clear a form after (seconds)</source>
        <translation>Очищать анкету через (сек.)</translation>
    </message>
    <message>
        <location filename="../../ui/console/settings_page.py" line="78"/>
        <source>Clear while reading after (seconds)</source>
        <translation>Очищать во время чтения через (сек.)</translation>
    </message>
    <message>
        <location filename="../../ui/console/settings_page.py" line="80"/>
        <source>Countdown before clearing (seconds)</source>
        <translation>Обратный отсчёт перед очисткой (сек.)</translation>
    </message>
    <message>
        <location filename="../../ui/console/settings_page.py" line="81"/>
        <source>Longest signing (seconds)</source>
        <translation>Самая долгая подпись (секунды)</translation>
    </message>
    <message>
        <location filename="../../ui/console/settings_page.py" line="82"/>
        <source>Language a new signer starts in</source>
        <translation>Начальный язык для нового подписанта</translation>
    </message>
    <message>
        <location filename="../../ui/console/settings_page.py" line="83"/>
        <source>Change PIN</source>
        <translation>Сменить ПИН-код</translation>
    </message>
    <message>
        <location filename="../../ui/console/settings_page.py" line="84"/>
        <source>Set volunteer PIN</source>
        <translation>Задать ПИН волонтёра</translation>
    </message>
</context>
<context>
    <name>SignaturePad</name>
    <message>
        <location filename="../../ui/widgets/signature_pad.py" line="47"/>
        <source>Signature pad</source>
        <translation>Поле для подписи</translation>
    </message>
</context>
<context>
    <name>SignatureScreen</name>
    <message>
        <location filename="../../ui/screens/signature.py" line="53"/>
        <source>Your signature</source>
        <translation>Ваша подпись</translation>
    </message>
    <message>
        <location filename="../../ui/screens/signature.py" line="54"/>
        <source>Sign with your finger in the white box, as on paper.</source>
        <translation>Распишитесь пальцем в белом поле, как на бумаге.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/signature.py" line="55"/>
        <source>Signature box</source>
        <translation>Поле для подписи</translation>
    </message>
    <message>
        <location filename="../../ui/screens/signature.py" line="56"/>
        <source>Clear</source>
        <translation>Очистить</translation>
    </message>
    <message>
        <location filename="../../ui/screens/signature.py" line="57"/>
        <source>I can&apos;t sign with my finger</source>
        <translation>Я не могу расписаться пальцем</translation>
    </message>
    <message>
        <location filename="../../ui/screens/signature.py" line="58"/>
        <source>Back</source>
        <translation>Назад</translation>
    </message>
    <message>
        <location filename="../../ui/screens/signature.py" line="59"/>
        <source>Next</source>
        <translation>Далее</translation>
    </message>
    <message>
        <location filename="../../ui/screens/signature.py" line="82"/>
        <source>Sign in the white box with your finger. If you cannot, press the button under the box.</source>
        <translation>Распишитесь пальцем в белом поле. Если не получается, нажмите кнопку под полем.</translation>
    </message>
</context>
<context>
    <name>StatusStrip</name>
    <message numerus="yes">
        <location filename="../../ui/widgets/status_strip.py" line="56"/>
        <source>Unsent: %n</source>
        <translation>
            <numerusform>Не отправлено: %n</numerusform>
            <numerusform>Не отправлено: %n</numerusform>
            <numerusform>Не отправлено: %n</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/widgets/status_strip.py" line="58"/>
        <source>Last sync: %1</source>
        <translation>Последняя синхронизация: %1</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/status_strip.py" line="60"/>
        <source>Never synced</source>
        <translation>Ещё не синхронизировано</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/status_strip.py" line="65"/>
        <source>Battery: unknown</source>
        <translation>Батарея: неизвестно</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/status_strip.py" line="68"/>
        <source>Battery: %1%</source>
        <translation>Батарея: %1%</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/status_strip.py" line="73"/>
        <source>Check the tablet&apos;s clock: it is behind</source>
        <translation>Проверьте часы планшета: они отстают</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/status_strip.py" line="104"/>
        <source>Sending %1 of %2</source>
        <translation>Отправка: %1 из %2</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/status_strip.py" line="108"/>
        <source>Sending…</source>
        <translation>Отправка…</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/status_strip.py" line="119"/>
        <source>Waiting for the campaign lead to approve this tablet</source>
        <translation>Ждём, когда руководитель кампании одобрит этот планшет</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/status_strip.py" line="121"/>
        <source>Not sent: no connection to the server; will try again</source>
        <translation>Не отправлено: нет связи с сервером; попробуем снова</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/status_strip.py" line="123"/>
        <source>Not sent: the server is busy; will try again</source>
        <translation>Не отправлено: сервер занят; попробуем снова</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/status_strip.py" line="125"/>
        <source>Another sync is running; will try again</source>
        <translation>Идёт другая синхронизация; попробуем снова</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/status_strip.py" line="127"/>
        <source>Not sent: this tablet renews its identity when nobody is signing</source>
        <translation>Не отправлено: планшет обновит свою идентификацию, когда никто не подписывает</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/status_strip.py" line="129"/>
        <source>Not sent: needs the coordinator: re-enrol</source>
        <translation>Не отправлено: нужен координатор: повторная регистрация</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/status_strip.py" line="130"/>
        <source>Not sent: ask the coordinator to check the sync</source>
        <translation>Не отправлено: попросите координатора проверить синхронизацию</translation>
    </message>
</context>
<context>
    <name>ThanksScreen</name>
    <message>
        <location filename="../../ui/screens/thanks.py" line="45"/>
        <source>Thank you!</source>
        <translation>Спасибо!</translation>
    </message>
    <message>
        <location filename="../../ui/screens/thanks.py" line="48"/>
        <source>Your signature is already counted. There is no need to sign again.</source>
        <translation>Ваша подпись уже учтена. Подписывать ещё раз не нужно.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/thanks.py" line="43"/>
        <source>Thank you, %1!</source>
        <translation>Спасибо, %1!</translation>
    </message>
    <message>
        <location filename="../../ui/screens/thanks.py" line="55"/>
        <source>Your signature is saved on this tablet. It will be sent when the tablet next connects.</source>
        <translation>Ваша подпись сохранена на этом планшете. Она будет отправлена, когда планшет в следующий раз подключится к сети.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/screens/thanks.py" line="61"/>
        <source>Today %n people have signed on this tablet.</source>
        <translation>
            <numerusform>Сегодня на этом планшете подписал %n человек.</numerusform>
            <numerusform>Сегодня на этом планшете подписали %n человека.</numerusform>
            <numerusform>Сегодня на этом планшете подписали %n человек.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/screens/thanks.py" line="62"/>
        <source>Show my receipt code</source>
        <translation>Показать мой код квитанции</translation>
    </message>
    <message>
        <location filename="../../ui/screens/thanks.py" line="64"/>
        <source>Write this code down. With it you can withdraw your signature later.</source>
        <translation>Запишите этот код. С ним вы сможете позже отозвать свою подпись.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/thanks.py" line="66"/>
        <source>Done</source>
        <translation>Готово</translation>
    </message>
    <message>
        <location filename="../../ui/screens/thanks.py" line="87"/>
        <source>Your signature is saved. Keep the receipt code if you may want to withdraw your signature later.</source>
        <translation>Ваша подпись сохранена. Сохраните код квитанции, если захотите позже отозвать подпись.</translation>
    </message>
</context>
<context>
    <name>VolunteerPanel</name>
    <message>
        <location filename="../../ui/volunteer_panel.py" line="49"/>
        <source>Volunteer</source>
        <translation>Волонтёр</translation>
    </message>
    <message>
        <location filename="../../ui/volunteer_panel.py" line="52"/>
        <source>Today: %1, volunteer %2</source>
        <translation>Сегодня: %1, волонтёр %2</translation>
    </message>
    <message>
        <location filename="../../ui/volunteer_panel.py" line="54"/>
        <source>No day started yet.</source>
        <translation>День ещё не начат.</translation>
    </message>
    <message>
        <location filename="../../ui/volunteer_panel.py" line="56"/>
        <source>Site (where the tablet is today)</source>
        <translation>Место (где сегодня планшет)</translation>
    </message>
    <message>
        <location filename="../../ui/volunteer_panel.py" line="57"/>
        <source>Your volunteer code</source>
        <translation>Ваш код волонтёра</translation>
    </message>
    <message>
        <location filename="../../ui/volunteer_panel.py" line="58"/>
        <source>Start the day</source>
        <translation>Начать день</translation>
    </message>
    <message>
        <location filename="../../ui/volunteer_panel.py" line="60"/>
        <source>Resume the kiosk</source>
        <translation>Возобновить работу</translation>
    </message>
    <message>
        <location filename="../../ui/volunteer_panel.py" line="60"/>
        <source>Pause the kiosk</source>
        <translation>Приостановить работу</translation>
    </message>
    <message>
        <location filename="../../ui/volunteer_panel.py" line="62"/>
        <source>Back to the kiosk</source>
        <translation>Вернуться к киоску</translation>
    </message>
</context>
<context>
    <name>WelcomeScreen</name>
    <message>
        <location filename="../../ui/screens/welcome.py" line="85"/>
        <source>Read and sign the petition</source>
        <translation>Прочитать и подписать петицию</translation>
    </message>
    <message>
        <location filename="../../ui/screens/welcome.py" line="97"/>
        <source>The battery is too low to start a new signature. Please ask a volunteer to charge the tablet.</source>
        <translation>Батарея слишком разряжена для новой подписи. Попросите волонтёра зарядить планшет.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/screens/welcome.py" line="117"/>
        <source>%n signature(s) on this tablet so far.</source>
        <translation>
            <numerusform>На этом планшете пока %n подпись.</numerusform>
            <numerusform>На этом планшете пока %n подписи.</numerusform>
            <numerusform>На этом планшете пока %n подписей.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/screens/welcome.py" line="122"/>
        <source>At least %Ln signature(s) as of %1 + %2 on this tablet.</source>
        <translation>
            <numerusform>Не менее %Ln подписи по состоянию на %1 + ещё %2 на этом планшете.</numerusform>
            <numerusform>Не менее %Ln подписей по состоянию на %1 + ещё %2 на этом планшете.</numerusform>
            <numerusform>Не менее %Ln подписей по состоянию на %1 + ещё %2 на этом планшете.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/screens/welcome.py" line="125"/>
        <source>At least %Ln signature(s) as of %1.</source>
        <translation>
            <numerusform>Не менее %Ln подписи по состоянию на %1.</numerusform>
            <numerusform>Не менее %Ln подписей по состоянию на %1.</numerusform>
            <numerusform>Не менее %Ln подписей по состоянию на %1.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/screens/welcome.py" line="134"/>
        <source>Next milestone: %1. Our goal: %2 signatures.</source>
        <translation>Следующий рубеж: %1. Наша цель: %2 подписей.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/welcome.py" line="143"/>
        <source>This tablet collects signatures for the petition shown here. Choose your language, then press the green button to read and sign.</source>
        <translation>На этом планшете собирают подписи под этой петицией. Выберите язык и нажмите зелёную кнопку, чтобы прочитать и подписать.</translation>
    </message>
</context>
<context>
    <name>WithdrawPage</name>
    <message>
        <location filename="../../ui/console/withdraw_page.py" line="40"/>
        <source>Withdraw a signature</source>
        <translation>Отзыв подписи</translation>
    </message>
    <message>
        <location filename="../../ui/console/withdraw_page.py" line="43"/>
        <source>The signer shows the receipt code from their thank-you screen. The signature then no longer counts, on this tablet or any other.</source>
        <translation>Подписант показывает код квитанции с экрана благодарности. После этого подпись больше не учитывается ни на этом планшете, ни на другом.</translation>
    </message>
    <message>
        <location filename="../../ui/console/withdraw_page.py" line="47"/>
        <source>Withdraw…</source>
        <translation>Отозвать…</translation>
    </message>
    <message>
        <location filename="../../ui/console/withdraw_page.py" line="48"/>
        <source>Yes, withdraw it</source>
        <translation>Да, отозвать</translation>
    </message>
    <message>
        <location filename="../../ui/console/withdraw_page.py" line="49"/>
        <source>No</source>
        <translation>Нет</translation>
    </message>
    <message>
        <location filename="../../ui/console/withdraw_page.py" line="55"/>
        <source>Withdraw the signature with code %1? This cannot be undone.</source>
        <translation>Отозвать подпись с кодом %1? Это нельзя отменить.</translation>
    </message>
    <message>
        <location filename="../../ui/console/withdraw_page.py" line="64"/>
        <source>That is not a receipt code (12 letters and digits, like 7KQ2 M9XD 4HTB).</source>
        <translation>Это не код квитанции (12 букв и цифр, например, 7KQ2 M9XD 4HTB).</translation>
    </message>
    <message>
        <location filename="../../ui/console/withdraw_page.py" line="77"/>
        <source>That signature is already withdrawn.</source>
        <translation>Эта подпись уже отозвана.</translation>
    </message>
    <message>
        <location filename="../../ui/console/withdraw_page.py" line="81"/>
        <source>Withdrawn. It no longer counts on this tablet; the server hears of it at the next sync.</source>
        <translation>Отозвано. Подпись больше не учитывается на этом планшете; сервер узнает об этом при следующей синхронизации.</translation>
    </message>
    <message>
        <location filename="../../ui/console/withdraw_page.py" line="84"/>
        <source>Withdrawn. The signature was taken on another tablet: the server removes it there at the next sync.</source>
        <translation>Отозвано. Подпись была поставлена на другом планшете: сервер снимет её там при следующей синхронизации.</translation>
    </message>
</context>
<context>
    <name>validation</name>
    <message>
        <location filename="../../ui/widgets/validation_text.py" line="13"/>
        <source>Please fill this in.</source>
        <translation>Пожалуйста, заполните это поле.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/validation_text.py" line="14"/>
        <source>This contains characters that cannot be used.</source>
        <translation>Здесь есть символы, которые нельзя использовать.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/validation_text.py" line="17"/>
        <source>This is too long.</source>
        <translation>Слишком длинный текст.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/validation_text.py" line="18"/>
        <source>This cannot start with =, +, - or @.</source>
        <translation>Текст не может начинаться с =, +, - или @.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/validation_text.py" line="19"/>
        <source>Please use letters.</source>
        <translation>Пожалуйста, используйте буквы.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/validation_text.py" line="20"/>
        <source>Please enter a phone number of 7 to 15 digits.</source>
        <translation>Пожалуйста, введите номер телефона из 7–15 цифр.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/validation_text.py" line="23"/>
        <source>Please enter an email address like name@example.az.</source>
        <translation>Пожалуйста, введите адрес электронной почты, например name@example.az.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/validation_text.py" line="26"/>
        <source>Please give a phone number or an email address for updates.</source>
        <translation>Пожалуйста, укажите номер телефона или адрес электронной почты для новостей.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/validation_text.py" line="29"/>
        <source>Contact details are kept only if you ask for updates.</source>
        <translation>Телефон и электронная почта сохраняются, только если вы хотите получать новости.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/validation_text.py" line="32"/>
        <source>Please enter a year of birth of four digits.</source>
        <translation>Пожалуйста, введите год рождения четырьмя цифрами.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/validation_text.py" line="35"/>
        <source>Please confirm that you are old enough to sign.</source>
        <translation>Пожалуйста, подтвердите, что по возрасту вы можете подписать петицию.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/validation_text.py" line="38"/>
        <source>Please confirm that you sign only for yourself.</source>
        <translation>Пожалуйста, подтвердите, что вы подписываете только от своего имени.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/validation_text.py" line="41"/>
        <source>Please agree to how your data is used, or you cannot sign.</source>
        <translation>Пожалуйста, дайте согласие на использование ваших данных, иначе подписать петицию нельзя.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/validation_text.py" line="44"/>
        <source>Please sign a little larger.</source>
        <translation>Пожалуйста, распишитесь немного крупнее.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/validation_text.py" line="45"/>
        <source>The drawing could not be read. Please clear it and sign again.</source>
        <translation>Не удалось распознать подпись. Пожалуйста, очистите поле и распишитесь ещё раз.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/validation_text.py" line="48"/>
        <source>Please choose how to sign.</source>
        <translation>Пожалуйста, выберите способ подписи.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/validation_text.py" line="49"/>
        <source>The volunteer code is 3 to 12 letters or digits.</source>
        <translation>Код волонтёра состоит из 3–12 букв или цифр.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/validation_text.py" line="52"/>
        <source>This language is not offered for this petition.</source>
        <translation>Эта петиция недоступна на этом языке.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/validation_text.py" line="55"/>
        <source>Please tick the box to confirm that this is your signature.</source>
        <translation>Поставьте галочку, чтобы подтвердить, что это ваша подпись.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/validation_text.py" line="58"/>
        <source>Please choose why a volunteer is helping.</source>
        <translation>Выберите, почему помогает волонтёр.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/validation_text.py" line="61"/>
        <source>Please add your father&apos;s name or your year of birth, so we can tell you apart.</source>
        <translation>Пожалуйста, добавьте отчество или год рождения, чтобы мы могли отличить вас от другого человека.</translation>
    </message>
</context>
</TS>
