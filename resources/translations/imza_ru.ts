<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name>ConsentsScreen</name>
    <message>
        <location filename="../../ui/screens/consents.py" line="58"/>
        <source>How your signature is used</source>
        <translation>Как используется ваша подпись</translation>
    </message>
    <message>
        <location filename="../../ui/screens/consents.py" line="47"/>
        <source>Who keeps it</source>
        <translation>Кто хранит данные</translation>
    </message>
    <message>
        <location filename="../../ui/screens/consents.py" line="29"/>
        <source>Do you agree?</source>
        <translation>Вы согласны?</translation>
    </message>
    <message>
        <location filename="../../ui/screens/consents.py" line="31"/>
        <source>How your signature is used ›</source>
        <translation>Как используется ваша подпись ›</translation>
    </message>
    <message>
        <location filename="../../ui/screens/consents.py" line="32"/>
        <source>Who keeps it, what for, who receives the list, how to withdraw</source>
        <translation>Кто хранит, для чего, кто получит список, как отозвать подпись</translation>
    </message>
    <message>
        <location filename="../../ui/screens/consents.py" line="38"/>
        <source>I agree to my signature being used as described</source>
        <translation>Даю согласие на использование моей подписи, как описано</translation>
    </message>
    <message>
        <location filename="../../ui/screens/consents.py" line="48"/>
        <source>What for</source>
        <translation>Для чего</translation>
    </message>
    <message>
        <location filename="../../ui/screens/consents.py" line="49"/>
        <source>What is kept</source>
        <translation>Что хранится</translation>
    </message>
    <message>
        <location filename="../../ui/screens/consents.py" line="50"/>
        <source>Who receives the list</source>
        <translation>Кто получит список</translation>
    </message>
    <message>
        <location filename="../../ui/screens/consents.py" line="51"/>
        <source>How to withdraw</source>
        <translation>Как отозвать подпись</translation>
    </message>
    <message>
        <location filename="../../ui/screens/consents.py" line="52"/>
        <source>How long it is kept</source>
        <translation>Как долго хранятся данные</translation>
    </message>
    <message>
        <location filename="../../ui/screens/consents.py" line="80"/>
        <source>Touch each of the three sentences you agree with: a tick appears in its box. The button above them shows how your signature is used.</source>
        <translation>Коснитесь каждого из трёх пунктов, с которыми вы согласны: в его квадратике появится галочка. Кнопка над ними показывает, как используется ваша подпись.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/consents.py" line="36"/>
        <source>I am %1 years old or older</source>
        <translation>Мне уже исполнилось %1</translation>
    </message>
    <message>
        <location filename="../../ui/screens/consents.py" line="37"/>
        <source>I sign only for myself</source>
        <translation>Я подписываю только от своего имени</translation>
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
        <translation>Сегодня и синхронизация</translation>
    </message>
    <message>
        <location filename="../../ui/console/panel.py" line="136"/>
        <source>Hand-over (USB)</source>
        <translation>Передача (USB)</translation>
    </message>
    <message>
        <location filename="../../ui/console/panel.py" line="136"/>
        <source>Enrol</source>
        <translation>Регистрация</translation>
    </message>
    <message>
        <location filename="../../ui/console/panel.py" line="137"/>
        <source>Withdraw</source>
        <translation>Отзыв подписи</translation>
    </message>
    <message>
        <location filename="../../ui/console/panel.py" line="137"/>
        <source>Day&apos;s end</source>
        <translation>Конец дня</translation>
    </message>
    <message>
        <location filename="../../ui/console/panel.py" line="137"/>
        <source>Settings</source>
        <translation>Настройки</translation>
    </message>
    <message>
        <location filename="../../ui/console/panel.py" line="140"/>
        <source>Back to the kiosk</source>
        <translation>Вернуться к киоску</translation>
    </message>
    <message>
        <location filename="../../ui/console/panel.py" line="141"/>
        <source>Leave kiosk mode</source>
        <translation>Выйти из режима киоска</translation>
    </message>
    <message>
        <location filename="../../ui/console/panel.py" line="144"/>
        <source>Yes, leave kiosk mode</source>
        <translation>Да, выйти из режима киоска</translation>
    </message>
    <message>
        <location filename="../../ui/console/panel.py" line="145"/>
        <source>No, stay</source>
        <translation>Нет, остаться</translation>
    </message>
    <message>
        <location filename="../../ui/console/panel.py" line="148"/>
        <source>Leave kiosk mode? The tablet collects no signatures until Imza is started again.</source>
        <translation>Выйти из режима киоска? Планшет не будет собирать подписи, пока программу Imza не запустят снова.</translation>
    </message>
</context>
<context>
    <name>ContactScreen</name>
    <message>
        <location filename="../../ui/screens/contact.py" line="29"/>
        <source>How can we send you news?</source>
        <translation>Как присылать вам новости?</translation>
    </message>
    <message>
        <location filename="../../ui/screens/contact.py" line="32"/>
        <source>A phone number, an email address, or both. Used only for news about this petition, never given to anyone.</source>
        <translation>Номер телефона, адрес электронной почты или и то и другое. Нужны только для новостей об этой петиции и никому не передаются.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/contact.py" line="36"/>
        <source>Phone number</source>
        <translation>Номер телефона</translation>
    </message>
    <message>
        <location filename="../../ui/screens/contact.py" line="37"/>
        <source>Email address</source>
        <translation>Электронная почта</translation>
    </message>
    <message>
        <location filename="../../ui/screens/contact.py" line="52"/>
        <source>Type a phone number or an email address, or both, for news about this petition. Back takes you to the question about news if you do not want it after all.</source>
        <translation>Введите номер телефона, адрес электронной почты или и то и другое, чтобы получать новости об этой петиции. Если вы всё же не хотите новостей, кнопка «Назад» вернёт вас к вопросу о новостях.</translation>
    </message>
</context>
<context>
    <name>DayEndPage</name>
    <message>
        <location filename="../../ui/console/dayend_page.py" line="72"/>
        <source>signed by drawing</source>
        <translation>подписали от руки</translation>
    </message>
    <message>
        <location filename="../../ui/console/dayend_page.py" line="73"/>
        <source>typed name and tick</source>
        <translation>набрали имя и поставили галочку</translation>
    </message>
    <message>
        <location filename="../../ui/console/dayend_page.py" line="74"/>
        <source>assisted by a volunteer</source>
        <translation>с помощью волонтёра</translation>
    </message>
    <message>
        <location filename="../../ui/console/dayend_page.py" line="75"/>
        <source>acknowledged by the server</source>
        <translation>подтверждено сервером</translation>
    </message>
    <message>
        <location filename="../../ui/console/dayend_page.py" line="76"/>
        <source>not yet sent</source>
        <translation>ещё не отправлено</translation>
    </message>
    <message>
        <location filename="../../ui/console/dayend_page.py" line="77"/>
        <source>withdrawn</source>
        <translation>отозвано</translation>
    </message>
    <message>
        <location filename="../../ui/console/dayend_page.py" line="81"/>
        <source>Day&apos;s end</source>
        <translation>Конец дня</translation>
    </message>
    <message>
        <location filename="../../ui/console/dayend_page.py" line="84"/>
        <source>Save summary as PDF</source>
        <translation>Сохранить сводку в PDF</translation>
    </message>
    <message>
        <location filename="../../ui/console/dayend_page.py" line="85"/>
        <source>Wipe what the server holds…</source>
        <translation>Стереть то, что уже есть на сервере…</translation>
    </message>
    <message>
        <location filename="../../ui/console/dayend_page.py" line="150"/>
        <source>Erase every acknowledged signature from this tablet? The server keeps them. This cannot be undone.</source>
        <translation>Стереть с этого планшета все подписи, подтверждённые сервером? На сервере они сохранятся. Это нельзя отменить.</translation>
    </message>
    <message>
        <location filename="../../ui/console/dayend_page.py" line="86"/>
        <source>Yes, wipe</source>
        <translation>Да, стереть</translation>
    </message>
    <message>
        <location filename="../../ui/console/dayend_page.py" line="87"/>
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
    <name>DimOverlay</name>
    <message>
        <location filename="../../ui/widgets/dim_overlay.py" line="22"/>
        <source>Screen dimmed: touch to wake</source>
        <translation>Экран затемнён: коснитесь, чтобы включить</translation>
    </message>
</context>
<context>
    <name>DuplicateScreen</name>
    <message>
        <location filename="../../ui/screens/duplicate.py" line="48"/>
        <source>Have you already signed on this tablet?</source>
        <translation>Вы уже подписали петицию на этом планшете?</translation>
    </message>
    <message>
        <location filename="../../ui/screens/duplicate.py" line="52"/>
        <source>Someone called %1 from %2 has already signed on this tablet. Is that you?</source>
        <translation>На этом планшете уже есть подпись: %1, %2. Это были вы?</translation>
    </message>
    <message>
        <location filename="../../ui/screens/duplicate.py" line="56"/>
        <source>Yes, that was me</source>
        <translation>Да, это я</translation>
    </message>
    <message>
        <location filename="../../ui/screens/duplicate.py" line="57"/>
        <source>No, that is someone else</source>
        <translation>Нет, это другой человек</translation>
    </message>
    <message>
        <location filename="../../ui/screens/duplicate.py" line="58"/>
        <source>Back</source>
        <translation>Назад</translation>
    </message>
    <message>
        <location filename="../../ui/screens/duplicate.py" line="66"/>
        <source>This tablet already has a signature with the same name and place. If it was yours, press Yes: it is counted. If not, press No and we will ask one more thing.</source>
        <translation>На этом планшете уже есть подпись с таким же именем и местом. Если это были вы, нажмите «Да»: ваша подпись учтена. Если нет, нажмите «Нет», и мы спросим ещё об одном.</translation>
    </message>
</context>
<context>
    <name>EnrolPage</name>
    <message>
        <location filename="../../ui/console/enrol_page.py" line="55"/>
        <source>Enrol with the campaign&apos;s server</source>
        <translation>Регистрация на сервере кампании</translation>
    </message>
    <message>
        <location filename="../../ui/console/enrol_page.py" line="57"/>
        <source>This tablet&apos;s device number is below. Read it out to the campaign lead: they approve this tablet when the same number is on their dashboard.</source>
        <translation>Ниже — номер устройства этого планшета. Прочитайте его руководителю кампании: он одобрит планшет, когда увидит тот же номер в панели кампании.</translation>
    </message>
    <message>
        <location filename="../../ui/console/enrol_page.py" line="60"/>
        <source>Server address</source>
        <translation>Адрес сервера</translation>
    </message>
    <message>
        <location filename="../../ui/console/enrol_page.py" line="61"/>
        <source>Enrolment code from the campaign lead</source>
        <translation>Код регистрации от руководителя кампании</translation>
    </message>
    <message>
        <location filename="../../ui/console/enrol_page.py" line="62"/>
        <source>Enrol this tablet</source>
        <translation>Зарегистрировать этот планшет</translation>
    </message>
    <message>
        <location filename="../../ui/console/enrol_page.py" line="70"/>
        <source>Campaign key: %1. The code starts with its first six characters: compare them with what the campaign lead reads out.</source>
        <translation>Ключ кампании: %1. Код начинается с его первых шести символов: сверьте их с тем, что зачитывает руководитель кампании.</translation>
    </message>
    <message>
        <location filename="../../ui/console/enrol_page.py" line="83"/>
        <source>This tablet runs in DEMO mode. Enrolling makes it a campaign tablet: its practice signatures are erased; PINs and settings stay.</source>
        <translation>Этот планшет работает в режиме ДЕМО. После регистрации он станет планшетом кампании: пробные подписи будут стёрты, ПИН-коды и настройки сохранятся.</translation>
    </message>
    <message>
        <location filename="../../ui/console/enrol_page.py" line="89"/>
        <source>Enrolled with %1; waiting for the campaign lead&apos;s approval.</source>
        <translation>Планшет зарегистрирован на %1; ждём одобрения руководителя кампании.</translation>
    </message>
    <message>
        <location filename="../../ui/console/enrol_page.py" line="91"/>
        <source>Enrolled with %1.</source>
        <translation>Планшет зарегистрирован на %1.</translation>
    </message>
    <message>
        <location filename="../../ui/console/enrol_page.py" line="95"/>
        <source>This tablet is not enrolled: it keeps signatures here.</source>
        <translation>Этот планшет не зарегистрирован: подписи хранятся на нём.</translation>
    </message>
    <message>
        <location filename="../../ui/console/enrol_page.py" line="106"/>
        <source>The server address starts with https://</source>
        <translation>Адрес сервера должен начинаться с https://</translation>
    </message>
    <message>
        <location filename="../../ui/console/enrol_page.py" line="110"/>
        <source>That is not an enrolment code (like 7F3A9C-K2QW-8MXD-4HTB-9RJE).</source>
        <translation>Это не код регистрации (например, 7F3A9C-K2QW-8MXD-4HTB-9RJE).</translation>
    </message>
    <message>
        <location filename="../../ui/console/enrol_page.py" line="115"/>
        <source>Enrolling…</source>
        <translation>Регистрация…</translation>
    </message>
    <message>
        <location filename="../../ui/console/enrol_page.py" line="139"/>
        <source>Enrolled. The server&apos;s campaign key is %1.</source>
        <translation>Регистрация завершена. Ключ кампании на сервере: %1.</translation>
    </message>
    <message>
        <location filename="../../ui/console/enrol_page.py" line="148"/>
        <source>This tablet holds signatures for its own campaign file: hand them over first, then enrol a fresh tablet.</source>
        <translation>На этом планшете есть подписи для его собственного файла кампании: сначала передайте их, затем зарегистрируйте чистый планшет.</translation>
    </message>
    <message>
        <location filename="../../ui/console/enrol_page.py" line="151"/>
        <source>The server does not know this code, or it was used or has expired.</source>
        <translation>Сервер не знает этот код, или код уже использован, или срок его действия истёк.</translation>
    </message>
    <message>
        <location filename="../../ui/console/enrol_page.py" line="153"/>
        <source>The server&apos;s campaign key does not match this code. Nothing changed.</source>
        <translation>Ключ кампании на сервере не совпадает с этим кодом. Ничего не изменилось.</translation>
    </message>
    <message>
        <location filename="../../ui/console/enrol_page.py" line="155"/>
        <source>Cannot reach the server. Check the address and the network.</source>
        <translation>Не удаётся связаться с сервером. Проверьте адрес и сеть.</translation>
    </message>
    <message>
        <location filename="../../ui/console/enrol_page.py" line="157"/>
        <source>Enrolment did not work. Nothing changed. Call the campaign lead.</source>
        <translation>Регистрация не удалась. Ничего не изменилось. Обратитесь к руководителю кампании.</translation>
    </message>
</context>
<context>
    <name>ErrorSummary</name>
    <message>
        <location filename="../../ui/widgets/error_summary.py" line="32"/>
        <source>There is a problem</source>
        <translation>Пожалуйста, проверьте</translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <location filename="../../ui/export_text.py" line="51"/>
        <location filename="../../ui/export_text.py" line="54"/>
        <source>Signers</source>
        <translation>Подписанты</translation>
    </message>
    <message>
        <location filename="../../ui/export_text.py" line="52"/>
        <source>Totals by settlement</source>
        <translation>Итоги по населённым пунктам</translation>
    </message>
    <message>
        <location filename="../../ui/export_text.py" line="53"/>
        <source>Possible duplicates</source>
        <translation>Возможные повторы</translation>
    </message>
    <message>
        <location filename="../../ui/export_text.py" line="55"/>
        <source>Total</source>
        <translation>Итого</translation>
    </message>
    <message>
        <location filename="../../ui/export_text.py" line="56"/>
        <source>drawn</source>
        <translation>от руки</translation>
    </message>
    <message>
        <location filename="../../ui/export_text.py" line="57"/>
        <source>typed</source>
        <translation>набрано имя</translation>
    </message>
    <message>
        <location filename="../../ui/export_text.py" line="58"/>
        <source>assisted</source>
        <translation>с помощью волонтёра</translation>
    </message>
    <message>
        <location filename="../../ui/export_text.py" line="59"/>
        <source>hands are not steady</source>
        <translation>дрожат руки</translation>
    </message>
    <message>
        <location filename="../../ui/export_text.py" line="60"/>
        <source>cannot see well</source>
        <translation>плохо видит</translation>
    </message>
    <message>
        <location filename="../../ui/export_text.py" line="61"/>
        <source>cannot write</source>
        <translation>не может писать</translation>
    </message>
    <message>
        <location filename="../../ui/export_text.py" line="62"/>
        <source>another reason</source>
        <translation>другая причина</translation>
    </message>
    <message>
        <location filename="../../ui/export_text.py" line="63"/>
        <source>synthetic (test)</source>
        <translation>синтетическая (тест)</translation>
    </message>
    <message>
        <location filename="../../ui/export_text.py" line="69"/>
        <source>Surname</source>
        <translation>Фамилия</translation>
    </message>
    <message>
        <location filename="../../ui/export_text.py" line="70"/>
        <source>Given name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <location filename="../../ui/export_text.py" line="71"/>
        <source>Patronymic</source>
        <translation>Отчество</translation>
    </message>
    <message>
        <location filename="../../ui/export_text.py" line="72"/>
        <source>Settlement</source>
        <translation>Населённый пункт</translation>
    </message>
    <message>
        <location filename="../../ui/export_text.py" line="73"/>
        <source>How signed</source>
        <translation>Способ подписи</translation>
    </message>
    <message>
        <location filename="../../ui/export_text.py" line="74"/>
        <source>Volunteer who assisted</source>
        <translation>Помогавший волонтёр</translation>
    </message>
    <message>
        <location filename="../../ui/export_text.py" line="75"/>
        <source>Why assisted</source>
        <translation>Причина помощи</translation>
    </message>
    <message>
        <location filename="../../ui/export_text.py" line="76"/>
        <source>Typed name</source>
        <translation>Набранное имя</translation>
    </message>
    <message>
        <location filename="../../ui/export_text.py" line="77"/>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <location filename="../../ui/export_text.py" line="78"/>
        <source>Email</source>
        <translation>Эл. почта</translation>
    </message>
    <message>
        <location filename="../../ui/export_text.py" line="79"/>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <location filename="../../ui/export_text.py" line="80"/>
        <source>Signed at</source>
        <translation>Время подписи</translation>
    </message>
    <message>
        <location filename="../../ui/export_text.py" line="81"/>
        <source>Tablet</source>
        <translation>Планшет</translation>
    </message>
    <message>
        <location filename="../../ui/export_text.py" line="82"/>
        <source>Record</source>
        <translation>ID записи</translation>
    </message>
    <message>
        <location filename="../../ui/export_text.py" line="83"/>
        <source>Test data</source>
        <translation>Тестовые данные</translation>
    </message>
    <message>
        <location filename="../../ui/export_text.py" line="84"/>
        <source>Clock warning</source>
        <translation>Предупреждение о часах</translation>
    </message>
    <message>
        <location filename="../../ui/export_text.py" line="85"/>
        <source>Place of signing</source>
        <translation>Место подписи</translation>
    </message>
    <message>
        <location filename="../../ui/export_text.py" line="86"/>
        <source>Volunteer on duty</source>
        <translation>Дежурный волонтёр</translation>
    </message>
    <message>
        <location filename="../../ui/export_text.py" line="87"/>
        <source>Group</source>
        <translation>Группа</translation>
    </message>
    <message>
        <location filename="../../ui/export_text.py" line="88"/>
        <source>Why flagged</source>
        <translation>Почему отмечено</translation>
    </message>
    <message>
        <location filename="../../ui/export_text.py" line="94"/>
        <source>People who signed, each counted once</source>
        <translation>Подписавшие, каждый учтён один раз</translation>
    </message>
    <message>
        <location filename="../../ui/export_text.py" line="97"/>
        <source>Duplicates removed</source>
        <translation>Удалены повторы</translation>
    </message>
    <message>
        <location filename="../../ui/export_text.py" line="98"/>
        <source>Withdrawn by their signers</source>
        <translation>Отозваны самими подписантами</translation>
    </message>
    <message>
        <location filename="../../ui/export_text.py" line="99"/>
        <source>Left out: tablet revoked</source>
        <translation>Не учтены: планшет отозван</translation>
    </message>
    <message>
        <location filename="../../ui/export_text.py" line="100"/>
        <source>Signed by drawing</source>
        <translation>Подписали от руки</translation>
    </message>
    <message>
        <location filename="../../ui/export_text.py" line="101"/>
        <source>Signed with a typed name</source>
        <translation>Подписали набранным именем</translation>
    </message>
    <message>
        <location filename="../../ui/export_text.py" line="102"/>
        <source>Signed with a volunteer&apos;s help</source>
        <translation>Подписали с помощью волонтёра</translation>
    </message>
    <message>
        <location filename="../../ui/export_text.py" line="103"/>
        <source>Held aside at the server, not counted</source>
        <translation>Отложены на сервере, не учтены</translation>
    </message>
    <message>
        <location filename="../../ui/export_text.py" line="111"/>
        <source>Possible duplicates, for a person to judge: nothing here was removed.</source>
        <translation>Возможные повторы, решает человек: отсюда ничего не удалено.</translation>
    </message>
    <message>
        <location filename="../../ui/export_text.py" line="114"/>
        <source>Flagged: names that sound alike once Russian and Azerbaijani spellings are folded together (Мамедов / Məmmədov), in the same settlement (Ağdam / Агдам).</source>
        <translation>Отмечены: имена, которые звучат одинаково, если свести русское и азербайджанское написание (Мамедов / Məmmədov), в одном населённом пункте (Ağdam / Агдам).</translation>
    </message>
    <message>
        <location filename="../../ui/export_text.py" line="119"/>
        <source>Flagged: names one letter apart in the same settlement.</source>
        <translation>Отмечены: имена, отличающиеся одной буквой, в одном населённом пункте.</translation>
    </message>
    <message>
        <location filename="../../ui/export_text.py" line="122"/>
        <source>Exact duplicates (the same name and settlement) were removed already and are not listed.</source>
        <translation>Точные повторы (то же имя и населённый пункт) уже удалены и здесь не показаны.</translation>
    </message>
    <message>
        <location filename="../../ui/export_text.py" line="127"/>
        <source>sound alike</source>
        <translation>звучат одинаково</translation>
    </message>
    <message>
        <location filename="../../ui/export_text.py" line="128"/>
        <source>one letter apart</source>
        <translation>отличаются одной буквой</translation>
    </message>
    <message>
        <location filename="../../ui/export_text.py" line="129"/>
        <source>No possible duplicates found.</source>
        <translation>Возможных повторов не найдено.</translation>
    </message>
    <message>
        <location filename="../../ui/export_text.py" line="135"/>
        <source>Petition</source>
        <translation>Петиция</translation>
    </message>
    <message>
        <location filename="../../ui/export_text.py" line="136"/>
        <source>Addressed to</source>
        <translation>Адресат</translation>
    </message>
    <message>
        <location filename="../../ui/export_text.py" line="137"/>
        <source>The request</source>
        <translation>Призыв</translation>
    </message>
    <message>
        <location filename="../../ui/export_text.py" line="138"/>
        <source>Organisers</source>
        <translation>Организаторы</translation>
    </message>
    <message>
        <location filename="../../ui/export_text.py" line="139"/>
        <source>Text in %1</source>
        <translation>Текст: %1</translation>
    </message>
    <message>
        <location filename="../../ui/export_text.py" line="140"/>
        <source>SHA-256 of the text shown, its consent wording included</source>
        <translation>SHA-256 показанного текста, включая текст согласия</translation>
    </message>
    <message>
        <location filename="../../ui/export_text.py" line="143"/>
        <source>Facts as of</source>
        <translation>Факты на дату</translation>
    </message>
    <message>
        <location filename="../../ui/export_text.py" line="144"/>
        <source>Signers who read this text</source>
        <translation>Подписали, прочитав этот текст</translation>
    </message>
    <message>
        <location filename="../../ui/export_text.py" line="145"/>
        <source>A text that is not in this campaign file</source>
        <translation>Текст, которого нет в этом файле кампании</translation>
    </message>
    <message>
        <location filename="../../ui/export_text.py" line="148"/>
        <source>How the signatures were collected</source>
        <translation>Как собирались подписи</translation>
    </message>
    <message>
        <location filename="../../ui/export_text.py" line="149"/>
        <source>Tablets used: %1. Signatures collected from %2 to %3. Each signature was sealed on the tablet the moment it was given and opened only on the offline export computer. Each person is counted once, however many times they signed.</source>
        <translation>Использовано планшетов: %1. Подписи собраны с %2 по %3. Каждая подпись была зашифрована на планшете в момент подписания и открыта только на автономном компьютере для экспорта. Каждый человек учтён один раз, сколько бы раз он ни подписал.</translation>
    </message>
    <message>
        <location filename="../../ui/export_text.py" line="155"/>
        <source>First signature</source>
        <translation>Первая подпись</translation>
    </message>
    <message>
        <location filename="../../ui/export_text.py" line="156"/>
        <source>Last signature</source>
        <translation>Последняя подпись</translation>
    </message>
    <message>
        <location filename="../../ui/export_text.py" line="157"/>
        <source>Signatures given on a tablet whose clock was wrong (their dates are the tablet&apos;s): %1</source>
        <translation>Подписи, данные на планшете с неверными часами (даты — по часам планшета): %1</translation>
    </message>
    <message>
        <location filename="../../ui/export_text.py" line="161"/>
        <source>The count</source>
        <translation>Подсчёт</translation>
    </message>
    <message>
        <location filename="../../ui/export_text.py" line="162"/>
        <source>Signers by settlement</source>
        <translation>Подписанты по населённым пунктам</translation>
    </message>
    <message>
        <location filename="../../ui/export_text.py" line="163"/>
        <source>No.</source>
        <translation>№</translation>
    </message>
    <message>
        <location filename="../../ui/export_text.py" line="164"/>
        <source>Name</source>
        <translation>Фамилия, имя, отчество</translation>
    </message>
    <message>
        <location filename="../../ui/export_text.py" line="165"/>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <location filename="../../ui/export_text.py" line="166"/>
        <source>Signature</source>
        <translation>Подпись</translation>
    </message>
    <message>
        <location filename="../../ui/export_text.py" line="167"/>
        <source>assisted by %1</source>
        <translation>с помощью волонтёра %1</translation>
    </message>
    <message>
        <location filename="../../ui/export_text.py" line="168"/>
        <source>page %1 of %2</source>
        <translation>страница %1 из %2</translation>
    </message>
    <message>
        <location filename="../../ui/export_text.py" line="169"/>
        <source>TEST DATA: this file holds simulated signatures. Not for delivery.</source>
        <translation>ТЕСТОВЫЕ ДАННЫЕ: в этом файле смоделированные подписи. Не для передачи адресату.</translation>
    </message>
    <message>
        <location filename="../../ui/export_text.py" line="177"/>
        <source>%1 people signed this petition on %2 tablets between %3 and %4. Each person is counted once, whatever the script their name was written in; a second signature of the same person and signatures withdrawn by their signers are not counted.</source>
        <translation>Эту петицию подписали %1 человек на %2 планшетах с %3 по %4. Каждый человек учтён один раз, каким бы алфавитом ни было написано его имя; повторная подпись того же человека и подписи, отозванные подписавшими, не учитываются.</translation>
    </message>
    <message>
        <location filename="../../ui/export_text.py" line="183"/>
        <source>Date of delivery</source>
        <translation>Дата передачи</translation>
    </message>
    <message>
        <location filename="../../ui/export_text.py" line="184"/>
        <source>Place of delivery</source>
        <translation>Место передачи</translation>
    </message>
    <message>
        <location filename="../../ui/export_text.py" line="185"/>
        <source>Signed for the organisers</source>
        <translation>Подписи организаторов</translation>
    </message>
    <message>
        <location filename="../../ui/export_text.py" line="192"/>
        <source>Azerbaijani (Latin script)</source>
        <translation>азербайджанский язык (латиница)</translation>
    </message>
    <message>
        <location filename="../../ui/export_text.py" line="193"/>
        <source>Azerbaijani (Cyrillic script)</source>
        <translation>азербайджанский язык (кириллица)</translation>
    </message>
    <message>
        <location filename="../../ui/export_text.py" line="194"/>
        <source>Russian</source>
        <translation>русский язык</translation>
    </message>
    <message>
        <location filename="../../ui/export_text.py" line="195"/>
        <source>English</source>
        <translation>английский язык</translation>
    </message>
    <message>
        <location filename="../../ui/export_text.py" line="202"/>
        <source>Verification kit of the petition “%1”</source>
        <translation>Комплект проверки петиции «%1»</translation>
    </message>
    <message>
        <location filename="../../ui/export_text.py" line="203"/>
        <source>With it anyone can check the petition&apos;s signatures and their count without trusting whoever hands it over.</source>
        <translation>С ним любой может проверить подписи под петицией и их число, не доверяя тому, кто его передал.</translation>
    </message>
    <message>
        <location filename="../../ui/export_text.py" line="208"/>
        <source>the petition as delivered: %1 signed</source>
        <translation>петиция в том виде, в каком она вручена: подписали %1</translation>
    </message>
    <message>
        <location filename="../../ui/export_text.py" line="209"/>
        <source>every signature the count rests on, and what proves it</source>
        <translation>каждая подпись, на которой основан подсчёт, и то, что её подтверждает</translation>
    </message>
    <message>
        <location filename="../../ui/export_text.py" line="212"/>
        <source>the signature log and its head, signed on %1: %2 entries</source>
        <translation>журнал подписей и его заголовок, подписанный %1: записей %2</translation>
    </message>
    <message>
        <location filename="../../ui/export_text.py" line="215"/>
        <source>each tablet&apos;s key and its signed records</source>
        <translation>ключ каждого планшета и его подписанные записи</translation>
    </message>
    <message>
        <location filename="../../ui/export_text.py" line="218"/>
        <source>the petition texts the signers were shown</source>
        <translation>тексты петиции, которые видели подписавшие</translation>
    </message>
    <message>
        <location filename="../../ui/export_text.py" line="221"/>
        <source>the program that checks all of it</source>
        <translation>программа, которая всё это проверяет</translation>
    </message>
    <message>
        <location filename="../../ui/export_text.py" line="222"/>
        <source>To check the kit, run the program with Python 3.11 or later and its package “cryptography”:</source>
        <translation>Чтобы проверить комплект, запустите программу в Python 3.11 или новее с пакетом «cryptography»:</translation>
    </message>
    <message>
        <location filename="../../ui/export_text.py" line="227"/>
        <source>It names the key the log is signed with. Compare it with the key the campaign publishes:</source>
        <translation>Программа называет ключ, которым подписан журнал. Сравните его с ключом, который публикует кампания:</translation>
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
        <location filename="../../ui/window.py" line="206"/>
        <source>DEMO — practice only: signatures here are not counted</source>
        <translation>ДЕМО — только для пробы: подписи здесь не засчитываются</translation>
    </message>
</context>
<context>
    <name>LanguagePicker</name>
    <message>
        <location filename="../../ui/widgets/language_picker.py" line="53"/>
        <source>Choose your language</source>
        <translation>Выберите язык</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/language_picker.py" line="54"/>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
</context>
<context>
    <name>LockPanel</name>
    <message>
        <location filename="../../ui/lock.py" line="97"/>
        <source>Volunteer</source>
        <translation>Волонтёр</translation>
    </message>
    <message>
        <location filename="../../ui/lock.py" line="98"/>
        <source>Coordinator</source>
        <translation>Координатор</translation>
    </message>
    <message>
        <location filename="../../ui/lock.py" line="100"/>
        <source>Volunteer PIN</source>
        <translation>ПИН волонтёра</translation>
    </message>
    <message>
        <location filename="../../ui/lock.py" line="102"/>
        <source>Coordinator PIN</source>
        <translation>ПИН-код координатора</translation>
    </message>
    <message>
        <location filename="../../ui/lock.py" line="108"/>
        <source>Choose a volunteer PIN (6 to 8 digits)</source>
        <translation>Выберите ПИН волонтёра (6–8 цифр)</translation>
    </message>
    <message>
        <location filename="../../ui/lock.py" line="109"/>
        <source>Choose a coordinator PIN (6 to 8 digits)</source>
        <translation>Придумайте ПИН-код координатора (от 6 до 8 цифр)</translation>
    </message>
    <message>
        <location filename="../../ui/lock.py" line="121"/>
        <source>Only coordinators may know it.</source>
        <translation>Его могут знать только координаторы.</translation>
    </message>
    <message>
        <location filename="../../ui/lock.py" line="134"/>
        <source>A PIN is 6 to 8 digits.</source>
        <translation>ПИН-код должен состоять из 6–8 цифр.</translation>
    </message>
    <message>
        <location filename="../../ui/lock.py" line="136"/>
        <source>Choose a PIN that is not a simple sequence.</source>
        <translation>Выберите ПИН-код, который не является простой последовательностью цифр.</translation>
    </message>
    <message>
        <location filename="../../ui/lock.py" line="139"/>
        <source>Enter the same PIN again</source>
        <translation>Введите тот же ПИН-код ещё раз</translation>
    </message>
    <message>
        <location filename="../../ui/lock.py" line="146"/>
        <source>The two PINs differ. Please start again.</source>
        <translation>ПИН-коды не совпадают. Пожалуйста, начните сначала.</translation>
    </message>
    <message>
        <location filename="../../ui/lock.py" line="156"/>
        <source>No volunteer PIN is set on this tablet. Ask the coordinator.</source>
        <translation>На этом планшете не задан ПИН волонтёра. Обратитесь к координатору.</translation>
    </message>
    <message>
        <location filename="../../ui/lock.py" line="166"/>
        <source>Too many wrong PINs. Try again after %1.</source>
        <translation>Слишком много неверных ПИН-кодов. Повторите попытку после %1.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/lock.py" line="173"/>
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
        <location filename="../../ui/widgets/more_below.py" line="36"/>
        <source>More below ↓</source>
        <translation>Продолжение ниже ↓</translation>
    </message>
</context>
<context>
    <name>NameScreen</name>
    <message>
        <location filename="../../ui/screens/name.py" line="31"/>
        <source>What is your name?</source>
        <translation>Как вас зовут?</translation>
    </message>
    <message>
        <location filename="../../ui/screens/name.py" line="32"/>
        <source>As in your identity card.</source>
        <translation>Как в удостоверении личности.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/name.py" line="33"/>
        <source>Given name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <location filename="../../ui/screens/name.py" line="34"/>
        <source>Surname</source>
        <translation>Фамилия</translation>
    </message>
    <message>
        <location filename="../../ui/screens/name.py" line="49"/>
        <source>Type your given name in the first box and your surname in the second, as in your identity card. The keys at the bottom of the screen type the letters; the Next key takes you to the next box.</source>
        <translation>Введите имя в первое поле, а фамилию во второе, как в удостоверении личности. Буквы набираются клавишами внизу экрана; клавиша «Далее» переводит к следующему полю.</translation>
    </message>
</context>
<context>
    <name>NewsScreen</name>
    <message>
        <location filename="../../ui/screens/news.py" line="40"/>
        <source>Would you like news about this petition?</source>
        <translation>Хотите получать новости об этой петиции?</translation>
    </message>
    <message>
        <location filename="../../ui/screens/news.py" line="42"/>
        <source>If you say yes, we ask for a phone number or an email address next.</source>
        <translation>Если да, дальше мы попросим номер телефона или адрес электронной почты.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/news.py" line="44"/>
        <source>Yes, send me news</source>
        <translation>Да, присылайте новости</translation>
    </message>
    <message>
        <location filename="../../ui/screens/news.py" line="45"/>
        <source>No, thank you</source>
        <translation>Нет, спасибо</translation>
    </message>
    <message>
        <location filename="../../ui/screens/news.py" line="46"/>
        <source>Back</source>
        <translation>Назад</translation>
    </message>
    <message>
        <location filename="../../ui/screens/news.py" line="47"/>
        <source>Continue</source>
        <translation>Продолжить</translation>
    </message>
    <message>
        <location filename="../../ui/screens/news.py" line="52"/>
        <source>Please choose yes or no.</source>
        <translation>Пожалуйста, выберите «Да» или «Нет».</translation>
    </message>
    <message>
        <location filename="../../ui/screens/news.py" line="74"/>
        <source>Press Yes if you want news about this petition by phone or email, or No if you do not. Either way your signature counts.</source>
        <translation>Нажмите «Да», если хотите получать новости об этой петиции по телефону или электронной почте, или «Нет», если не хотите. В любом случае ваша подпись учитывается.</translation>
    </message>
</context>
<context>
    <name>NoDrawingScreen</name>
    <message>
        <location filename="../../ui/screens/no_drawing.py" line="79"/>
        <source>Signing without drawing</source>
        <translation>Подпись без рисования</translation>
    </message>
    <message>
        <location filename="../../ui/screens/no_drawing.py" line="80"/>
        <source>I type my name</source>
        <translation>Я наберу своё имя</translation>
    </message>
    <message>
        <location filename="../../ui/screens/no_drawing.py" line="81"/>
        <source>A volunteer helps me</source>
        <translation>Мне помогает волонтёр</translation>
    </message>
    <message>
        <location filename="../../ui/screens/no_drawing.py" line="82"/>
        <source>Your full name</source>
        <translation>Ваше полное имя</translation>
    </message>
    <message>
        <location filename="../../ui/screens/no_drawing.py" line="83"/>
        <source>This typed name is my signature</source>
        <translation>Это набранное имя — моя подпись</translation>
    </message>
    <message>
        <location filename="../../ui/screens/no_drawing.py" line="85"/>
        <source>A volunteer enters the volunteer PIN and their own code.</source>
        <translation>Волонтёр вводит ПИН волонтёра и свой код.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/no_drawing.py" line="87"/>
        <source>Volunteer PIN</source>
        <translation>ПИН волонтёра</translation>
    </message>
    <message>
        <location filename="../../ui/screens/no_drawing.py" line="88"/>
        <source>Volunteer code</source>
        <translation>Код волонтёра</translation>
    </message>
    <message>
        <location filename="../../ui/screens/no_drawing.py" line="89"/>
        <source>Why is a volunteer helping?</source>
        <translation>Почему помогает волонтёр?</translation>
    </message>
    <message>
        <location filename="../../ui/screens/no_drawing.py" line="91"/>
        <source>Hands are not steady</source>
        <translation>Дрожат руки</translation>
    </message>
    <message>
        <location filename="../../ui/screens/no_drawing.py" line="92"/>
        <source>Cannot see well</source>
        <translation>Плохо видит</translation>
    </message>
    <message>
        <location filename="../../ui/screens/no_drawing.py" line="93"/>
        <source>Cannot write</source>
        <translation>Не может писать</translation>
    </message>
    <message>
        <location filename="../../ui/screens/no_drawing.py" line="94"/>
        <source>Another reason</source>
        <translation>Другая причина</translation>
    </message>
    <message>
        <location filename="../../ui/screens/no_drawing.py" line="165"/>
        <source>No volunteer PIN is set on this tablet. Ask the coordinator.</source>
        <translation>На этом планшете не задан ПИН волонтёра. Обратитесь к координатору.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/no_drawing.py" line="167"/>
        <source>That is not the volunteer PIN.</source>
        <translation>Это не ПИН волонтёра.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/no_drawing.py" line="168"/>
        <source>Too many wrong PINs. Ask the coordinator.</source>
        <translation>Слишком много неверных ПИН. Обратитесь к координатору.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/no_drawing.py" line="174"/>
        <source>Type your name and tick the box, or ask a volunteer to help you. A volunteer enters the volunteer PIN, their code and why they help.</source>
        <translation>Наберите своё имя и поставьте галочку или попросите помощи у волонтёра. Волонтёр вводит ПИН волонтёра, свой код и причину помощи.</translation>
    </message>
</context>
<context>
    <name>OnScreenKeyboard</name>
    <message>
        <location filename="../../ui/widgets/keyboard.py" line="347"/>
        <source>Backspace</source>
        <translation>Стереть</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/keyboard.py" line="348"/>
        <source>Space</source>
        <translation>Пробел</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/keyboard.py" line="349"/>
        <source>Shift</source>
        <translation>Заглавная буква</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/keyboard.py" line="350"/>
        <source>Change keyboard language</source>
        <translation>Сменить язык клавиатуры</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/keyboard.py" line="351"/>
        <source>Hide keyboard</source>
        <translation>Скрыть клавиатуру</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/keyboard.py" line="352"/>
        <source>Letters</source>
        <translation>Буквы</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/keyboard.py" line="355"/>
        <source>Next</source>
        <translation>Далее</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/keyboard.py" line="355"/>
        <source>Continue</source>
        <translation>Продолжить</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/keyboard.py" line="363"/>
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
        <location filename="../../ui/console/overview.py" line="100"/>
        <source>imza.toml has a mistake, so the defaults apply: %1</source>
        <translation>В imza.toml ошибка, поэтому действуют настройки по умолчанию: %1</translation>
    </message>
    <message>
        <location filename="../../ui/console/overview.py" line="122"/>
        <source>A DEMO tablet never syncs.</source>
        <translation>Планшет в режиме ДЕМО никогда не синхронизируется.</translation>
    </message>
    <message>
        <location filename="../../ui/console/overview.py" line="124"/>
        <source>Not enrolled with a server yet: see Enrol.</source>
        <translation>Планшет ещё не зарегистрирован на сервере: см. раздел «Регистрация».</translation>
    </message>
    <message>
        <location filename="../../ui/console/overview.py" line="130"/>
        <source>Never synced.</source>
        <translation>Ещё не синхронизировано.</translation>
    </message>
    <message>
        <location filename="../../ui/console/overview.py" line="131"/>
        <source>Last sync: %1.</source>
        <translation>Последняя синхронизация: %1.</translation>
    </message>
    <message>
        <location filename="../../ui/console/overview.py" line="133"/>
        <source>The last try did not complete.</source>
        <translation>Последняя попытка не завершилась.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/console/overview.py" line="135"/>
        <source>%n signature(s) still to send.</source>
        <translation>
            <numerusform>Осталось отправить %n подпись.</numerusform>
            <numerusform>Осталось отправить %n подписи.</numerusform>
            <numerusform>Осталось отправить %n подписей.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/console/overview.py" line="136"/>
        <source>Everything is sent.</source>
        <translation>Всё отправлено.</translation>
    </message>
    <message>
        <location filename="../../ui/console/overview.py" line="141"/>
        <source>The server&apos;s count: not heard yet.</source>
        <translation>Подсчёт на сервере: данных пока нет.</translation>
    </message>
    <message>
        <location filename="../../ui/console/overview.py" line="144"/>
        <source>The server counts at least %1 signers of %2, as of %3.</source>
        <translation>Подписантов по данным сервера: не менее %1 из %2 (по состоянию на %3).</translation>
    </message>
    <message>
        <location filename="../../ui/console/overview.py" line="152"/>
        <source>Chain check: running…</source>
        <translation>Проверка цепочки: идёт…</translation>
    </message>
    <message>
        <location filename="../../ui/console/overview.py" line="154"/>
        <source>Chain check: intact.</source>
        <translation>Проверка цепочки: цепочка цела.</translation>
    </message>
    <message>
        <location filename="../../ui/console/overview.py" line="155"/>
        <source>Chain check: DAMAGED. Do not wipe; call the campaign lead.</source>
        <translation>Проверка цепочки: ПОВРЕЖДЕНА. Не стирайте; обратитесь к руководителю кампании.</translation>
    </message>
    <message>
        <location filename="../../ui/console/overview.py" line="206"/>
        <source>Sending…</source>
        <translation>Отправка…</translation>
    </message>
    <message>
        <location filename="../../ui/console/overview.py" line="217"/>
        <source>Sync complete.</source>
        <translation>Синхронизация завершена.</translation>
    </message>
    <message>
        <location filename="../../ui/console/overview.py" line="224"/>
        <source>Sync cancelled; it tries again later by itself.</source>
        <translation>Синхронизация отменена; позже она повторится сама.</translation>
    </message>
</context>
<context>
    <name>PausedOverlay</name>
    <message>
        <location filename="../../ui/widgets/paused.py" line="31"/>
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
        <location filename="../../ui/widgets/pinpad.py" line="125"/>
        <source>Digit %1</source>
        <translation>Цифра %1</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/pinpad.py" line="127"/>
        <source>Delete</source>
        <translation>Стереть</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/pinpad.py" line="128"/>
        <source>OK</source>
        <translation>ОК</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/pinpad.py" line="129"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/pinpad.py" line="135"/>
        <source>PIN</source>
        <translation>ПИН-код</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/widgets/pinpad.py" line="163"/>
        <source>%n digits entered</source>
        <translation>
            <numerusform>Введена %n цифра</numerusform>
            <numerusform>Введено %n цифры</numerusform>
            <numerusform>Введено %n цифр</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PlacePicker</name>
    <message>
        <location filename="../../ui/widgets/place_picker.py" line="45"/>
        <source>%1 district</source>
        <translation>район: %1</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/place_picker.py" line="50"/>
        <source>My place is not in the list: keep “%1”</source>
        <translation>Моего села или города нет в списке: оставить «%1»</translation>
    </message>
</context>
<context>
    <name>QuestionScreen</name>
    <message>
        <location filename="../../ui/screens/question.py" line="68"/>
        <source>Back</source>
        <translation>Назад</translation>
    </message>
    <message>
        <location filename="../../ui/screens/question.py" line="69"/>
        <source>Continue</source>
        <translation>Продолжить</translation>
    </message>
</context>
<context>
    <name>ReadAloud</name>
    <message>
        <location filename="../../ui/read_aloud.py" line="37"/>
        <source>Stop ■</source>
        <translation>Стоп ■</translation>
    </message>
    <message>
        <location filename="../../ui/read_aloud.py" line="37"/>
        <source>Listen ▶</source>
        <translation>Слушать ▶</translation>
    </message>
    <message>
        <location filename="../../ui/read_aloud.py" line="38"/>
        <source>Listen</source>
        <translation>Слушать</translation>
    </message>
</context>
<context>
    <name>ReadingCard</name>
    <message>
        <location filename="../../ui/widgets/reading_card.py" line="57"/>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
</context>
<context>
    <name>RenewingOverlay</name>
    <message>
        <location filename="../../ui/kiosk_sync.py" line="31"/>
        <source>One moment, please: this tablet is renewing its connection.</source>
        <translation>Одну минуту, пожалуйста: планшет обновляет своё подключение.</translation>
    </message>
</context>
<context>
    <name>ReviewScreen</name>
    <message>
        <location filename="../../ui/screens/review.py" line="76"/>
        <source>Check your answers</source>
        <translation>Проверьте свои ответы</translation>
    </message>
    <message>
        <location filename="../../ui/screens/review.py" line="78"/>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <location filename="../../ui/screens/review.py" line="79"/>
        <source>Village or town</source>
        <translation>Село или город</translation>
    </message>
    <message>
        <location filename="../../ui/screens/review.py" line="80"/>
        <source>News</source>
        <translation>Новости</translation>
    </message>
    <message>
        <location filename="../../ui/screens/review.py" line="81"/>
        <source>Signature</source>
        <translation>Подпись</translation>
    </message>
    <message>
        <location filename="../../ui/screens/review.py" line="89"/>
        <source>No</source>
        <translation>Нет</translation>
    </message>
    <message>
        <location filename="../../ui/screens/review.py" line="95"/>
        <source>Change</source>
        <translation>Изменить</translation>
    </message>
    <message>
        <location filename="../../ui/screens/review.py" line="97"/>
        <source>Change: %1</source>
        <translation>Изменить: %1</translation>
    </message>
    <message>
        <location filename="../../ui/screens/review.py" line="99"/>
        <source>Nothing is saved until you press “Sign the petition”.</source>
        <translation>Ничего не сохраняется, пока вы не нажмёте «Подписать петицию».</translation>
    </message>
    <message>
        <location filename="../../ui/screens/review.py" line="100"/>
        <source>Back</source>
        <translation>Назад</translation>
    </message>
    <message>
        <location filename="../../ui/screens/review.py" line="101"/>
        <source>Sign the petition</source>
        <translation>Подписать петицию</translation>
    </message>
    <message>
        <location filename="../../ui/screens/review.py" line="106"/>
        <source>Your typed name: %1</source>
        <translation>Набранное вами имя: %1</translation>
    </message>
    <message>
        <location filename="../../ui/screens/review.py" line="108"/>
        <source>With the help of volunteer %1</source>
        <translation>С помощью волонтёра %1</translation>
    </message>
    <message>
        <location filename="../../ui/screens/review.py" line="120"/>
        <source>Your signature</source>
        <translation>Ваша подпись</translation>
    </message>
    <message>
        <location filename="../../ui/screens/review.py" line="125"/>
        <source>Check your answers. Press Change beside one to correct it. When all is right, press the green button to sign.</source>
        <translation>Проверьте свои ответы. Чтобы исправить ответ, нажмите «Изменить» рядом с ним. Если всё верно, нажмите зелёную кнопку, чтобы подписать.</translation>
    </message>
</context>
<context>
    <name>Screen</name>
    <message>
        <location filename="../../ui/screens/base.py" line="34"/>
        <source>Step %1 of %2</source>
        <translation>Шаг %1 из %2</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../../ui/console/settings_page.py" line="80"/>
        <source>Settings</source>
        <translation>Настройки</translation>
    </message>
    <message>
        <location filename="../../ui/console/settings_page.py" line="81"/>
        <source>Clear a form after (seconds)</source>
        <translation>Очищать анкету через (сек.)</translation>
    </message>
    <message>
        <location filename="../../ui/console/settings_page.py" line="83"/>
        <source>Clear while reading after (seconds)</source>
        <translation>Очищать во время чтения через (сек.)</translation>
    </message>
    <message>
        <location filename="../../ui/console/settings_page.py" line="85"/>
        <source>Countdown before clearing (seconds)</source>
        <translation>Обратный отсчёт перед очисткой (сек.)</translation>
    </message>
    <message>
        <location filename="../../ui/console/settings_page.py" line="86"/>
        <source>Longest signing (seconds)</source>
        <translation>Самая долгая подпись (секунды)</translation>
    </message>
    <message>
        <location filename="../../ui/console/settings_page.py" line="87"/>
        <source>Language a new signer starts in</source>
        <translation>Начальный язык для нового подписанта</translation>
    </message>
    <message>
        <location filename="../../ui/console/settings_page.py" line="88"/>
        <source>Change PIN</source>
        <translation>Сменить ПИН-код</translation>
    </message>
    <message>
        <location filename="../../ui/console/settings_page.py" line="89"/>
        <source>Set volunteer PIN</source>
        <translation>Задать ПИН волонтёра</translation>
    </message>
</context>
<context>
    <name>SettlementScreen</name>
    <message>
        <location filename="../../ui/screens/settlement.py" line="36"/>
        <source>Which village or town are you from?</source>
        <translation>Из какого вы села или города?</translation>
    </message>
    <message>
        <location filename="../../ui/screens/settlement.py" line="38"/>
        <source>Type the first letters, then touch your place in the list under the box.</source>
        <translation>Наберите первые буквы, затем коснитесь своего села или города в списке под полем.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/settlement.py" line="40"/>
        <source>Village or town</source>
        <translation>Село или город</translation>
    </message>
    <message>
        <location filename="../../ui/screens/settlement.py" line="80"/>
        <source>%1 district</source>
        <translation>район: %1</translation>
    </message>
    <message>
        <location filename="../../ui/screens/settlement.py" line="82"/>
        <source>✓ %1, %2</source>
        <translation>✓ %1, %2</translation>
    </message>
    <message>
        <location filename="../../ui/screens/settlement.py" line="101"/>
        <source>Type the first letters of your village or town. Places that match appear under the box: touch yours. If it is not there, type it in full and press Continue.</source>
        <translation>Наберите первые буквы названия вашего села или города. Подходящие места появятся под полем: коснитесь своего. Если его там нет, наберите название полностью и нажмите «Продолжить».</translation>
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
        <location filename="../../ui/screens/signature.py" line="73"/>
        <source>Sign with your finger in the white box</source>
        <translation>Распишитесь пальцем в белом поле</translation>
    </message>
    <message>
        <location filename="../../ui/screens/signature.py" line="74"/>
        <source>Signature box</source>
        <translation>Поле для подписи</translation>
    </message>
    <message>
        <location filename="../../ui/screens/signature.py" line="75"/>
        <source>Clear</source>
        <translation>Очистить</translation>
    </message>
    <message>
        <location filename="../../ui/screens/signature.py" line="76"/>
        <source>I can&apos;t sign with my finger</source>
        <translation>Я не могу расписаться пальцем</translation>
    </message>
    <message>
        <location filename="../../ui/screens/signature.py" line="78"/>
        <source>Back</source>
        <translation>Назад</translation>
    </message>
    <message>
        <location filename="../../ui/screens/signature.py" line="79"/>
        <source>Continue</source>
        <translation>Продолжить</translation>
    </message>
    <message>
        <location filename="../../ui/screens/signature.py" line="101"/>
        <source>Sign in the white box with your finger, as on paper. Clear starts again. If you cannot sign with your finger, press the button under the box.</source>
        <translation>Распишитесь пальцем в белом поле, как на бумаге. Кнопка «Очистить» позволяет начать заново. Если не можете расписаться пальцем, нажмите кнопку под полем.</translation>
    </message>
</context>
<context>
    <name>SignerHeader</name>
    <message>
        <location filename="../../ui/header.py" line="42"/>
        <source>Change language</source>
        <translation>Сменить язык</translation>
    </message>
    <message>
        <location filename="../../ui/header.py" line="44"/>
        <source>Smaller text</source>
        <translation>Текст мельче</translation>
    </message>
    <message>
        <location filename="../../ui/header.py" line="44"/>
        <location filename="../../ui/header.py" line="46"/>
        <source>Larger text</source>
        <translation>Текст крупнее</translation>
    </message>
    <message>
        <location filename="../../ui/header.py" line="47"/>
        <location filename="../../ui/header.py" line="48"/>
        <source>Help</source>
        <translation>Помощь</translation>
    </message>
</context>
<context>
    <name>StatusStrip</name>
    <message numerus="yes">
        <location filename="../../ui/widgets/status_strip.py" line="57"/>
        <source>Unsent: %n</source>
        <translation>
            <numerusform>Не отправлено: %n</numerusform>
            <numerusform>Не отправлено: %n</numerusform>
            <numerusform>Не отправлено: %n</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/widgets/status_strip.py" line="59"/>
        <source>Last sync: %1</source>
        <translation>Последняя синхронизация: %1</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/status_strip.py" line="61"/>
        <source>Never synced</source>
        <translation>Ещё не синхронизировано</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/status_strip.py" line="66"/>
        <source>Battery: unknown</source>
        <translation>Батарея: неизвестно</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/status_strip.py" line="69"/>
        <source>Battery: %1%</source>
        <translation>Батарея: %1%</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/status_strip.py" line="74"/>
        <source>Check the tablet&apos;s clock: it is behind</source>
        <translation>Проверьте часы планшета: они отстают</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/status_strip.py" line="102"/>
        <source>Sending %1 of %2 — slow connection</source>
        <translation>Отправка: %1 из %2 — медленная связь</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/status_strip.py" line="102"/>
        <source>Sending %1 of %2</source>
        <translation>Отправка: %1 из %2</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/status_strip.py" line="123"/>
        <source>Waiting for the campaign lead to approve this tablet (number %1)</source>
        <translation>Ждём, когда руководитель кампании одобрит этот планшет (номер %1)</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/status_strip.py" line="100"/>
        <source>Sending…</source>
        <translation>Отправка…</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/status_strip.py" line="126"/>
        <source>Not sent: no connection to the server; will try again</source>
        <translation>Не отправлено: нет связи с сервером; попробуем снова</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/status_strip.py" line="128"/>
        <source>Not sent: today&apos;s data limit is used up; sending resumes tomorrow</source>
        <translation>Не отправлено: дневной лимит данных исчерпан; отправка продолжится завтра</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/status_strip.py" line="130"/>
        <source>Not sent: the server is busy; will try again</source>
        <translation>Не отправлено: сервер занят; попробуем снова</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/status_strip.py" line="132"/>
        <source>Another sync is running; will try again</source>
        <translation>Идёт другая синхронизация; попробуем снова</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/status_strip.py" line="134"/>
        <source>Not sent: this tablet renews its identity when nobody is signing</source>
        <translation>Не отправлено: планшет обновит свою идентификацию, когда никто не подписывает</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/status_strip.py" line="136"/>
        <source>Not sent: needs the coordinator: re-enrol</source>
        <translation>Не отправлено: нужен координатор: повторная регистрация</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/status_strip.py" line="137"/>
        <source>Not sent: ask the coordinator to check the sync</source>
        <translation>Не отправлено: попросите координатора проверить синхронизацию</translation>
    </message>
</context>
<context>
    <name>TellApartScreen</name>
    <message>
        <location filename="../../ui/screens/tell_apart.py" line="29"/>
        <source>Help us tell you apart</source>
        <translation>Помогите нам отличить вас от другого человека</translation>
    </message>
    <message>
        <location filename="../../ui/screens/tell_apart.py" line="30"/>
        <source>Give your father&apos;s name, your year of birth, or both.</source>
        <translation>Укажите отчество, год рождения или и то и другое.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/tell_apart.py" line="31"/>
        <source>Father&apos;s name</source>
        <translation>Отчество</translation>
    </message>
    <message>
        <location filename="../../ui/screens/tell_apart.py" line="32"/>
        <source>Year of birth</source>
        <translation>Год рождения</translation>
    </message>
    <message>
        <location filename="../../ui/screens/tell_apart.py" line="54"/>
        <source>Someone with your name and place has signed here before. Your father&apos;s name or your year of birth shows that you are another person.</source>
        <translation>Человек с таким же именем из того же места уже подписал здесь петицию. Отчество или год рождения покажут, что вы — другой человек.</translation>
    </message>
</context>
<context>
    <name>ThanksScreen</name>
    <message>
        <location filename="../../ui/screens/thanks.py" line="67"/>
        <source>Thank you!</source>
        <translation>Спасибо!</translation>
    </message>
    <message>
        <location filename="../../ui/screens/thanks.py" line="70"/>
        <source>Your signature is already counted. There is no need to sign again.</source>
        <translation>Ваша подпись уже учтена. Подписывать ещё раз не нужно.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/thanks.py" line="65"/>
        <source>Thank you, %1!</source>
        <translation>Спасибо, %1!</translation>
    </message>
    <message>
        <location filename="../../ui/screens/thanks.py" line="76"/>
        <source>This was practice: this tablet is in demo mode, so your signature is not counted. Ask a volunteer where to sign for real.</source>
        <translation>Это была проба: планшет в демо-режиме, поэтому ваша подпись не засчитана. Спросите волонтёра, где подписать по-настоящему.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/thanks.py" line="84"/>
        <source>Your signature is saved on this tablet. It will be sent when the tablet next connects.</source>
        <translation>Ваша подпись сохранена на этом планшете. Она будет отправлена, когда планшет в следующий раз подключится к сети.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/screens/thanks.py" line="90"/>
        <source>Today %n people have signed on this tablet.</source>
        <translation>
            <numerusform>Сегодня на этом планшете подписал %n человек.</numerusform>
            <numerusform>Сегодня на этом планшете подписали %n человека.</numerusform>
            <numerusform>Сегодня на этом планшете подписали %n человек.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/screens/thanks.py" line="91"/>
        <source>Your receipt code</source>
        <translation>Ваш код квитанции</translation>
    </message>
    <message>
        <location filename="../../ui/screens/thanks.py" line="94"/>
        <source>A practice code: on a campaign tablet, this is where the code to withdraw a signature later is shown, once.</source>
        <translation>Пробный код: на планшете кампании здесь один раз показывается код, с которым подпись можно позже отозвать.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/thanks.py" line="99"/>
        <source>Write it down or photograph the square. With this code you can withdraw your signature later. It is shown only once.</source>
        <translation>Запишите его или сфотографируйте квадрат. С этим кодом вы сможете позже отозвать свою подпись. Код показывается только один раз.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/thanks.py" line="114"/>
        <source>QR code of your receipt code</source>
        <translation>QR-код вашего кода квитанции</translation>
    </message>
    <message>
        <location filename="../../ui/screens/thanks.py" line="119"/>
        <source>Your signature is saved. Keep the receipt code if you may want to withdraw your signature later. Press Done when you have finished.</source>
        <translation>Ваша подпись сохранена. Сохраните код квитанции, если захотите позже отозвать подпись. Когда закончите, нажмите «Готово».</translation>
    </message>
    <message>
        <location filename="../../ui/screens/thanks.py" line="103"/>
        <source>Done</source>
        <translation>Готово</translation>
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
        <location filename="../../ui/screens/welcome.py" line="87"/>
        <source>Read and sign the petition</source>
        <translation>Прочитать и подписать петицию</translation>
    </message>
    <message>
        <location filename="../../ui/screens/welcome.py" line="99"/>
        <source>The battery is too low to start a new signature. Please ask a volunteer to charge the tablet.</source>
        <translation>Батарея слишком разряжена для новой подписи. Попросите волонтёра зарядить планшет.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/screens/welcome.py" line="119"/>
        <source>%n signature(s) on this tablet so far.</source>
        <translation>
            <numerusform>На этом планшете пока %n подпись.</numerusform>
            <numerusform>На этом планшете пока %n подписи.</numerusform>
            <numerusform>На этом планшете пока %n подписей.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/screens/welcome.py" line="124"/>
        <source>At least %Ln signature(s) as of %1 + %2 on this tablet.</source>
        <translation>
            <numerusform>Не менее %Ln подписи по состоянию на %1 + ещё %2 на этом планшете.</numerusform>
            <numerusform>Не менее %Ln подписей по состоянию на %1 + ещё %2 на этом планшете.</numerusform>
            <numerusform>Не менее %Ln подписей по состоянию на %1 + ещё %2 на этом планшете.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/screens/welcome.py" line="127"/>
        <source>At least %Ln signature(s) as of %1.</source>
        <translation>
            <numerusform>Не менее %Ln подписи по состоянию на %1.</numerusform>
            <numerusform>Не менее %Ln подписей по состоянию на %1.</numerusform>
            <numerusform>Не менее %Ln подписей по состоянию на %1.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/screens/welcome.py" line="136"/>
        <source>Next milestone: %1. Our goal: %2 signatures.</source>
        <translation>Следующий рубеж: %1. Наша цель: %2 подписей.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/welcome.py" line="145"/>
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
        <source>Please use only letters, digits, spaces and the marks &apos; - . , ( ).</source>
        <translation>Используйте только буквы, цифры, пробелы и знаки &apos; - . , ( ).</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/validation_text.py" line="22"/>
        <source>Please use letters.</source>
        <translation>Пожалуйста, используйте буквы.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/validation_text.py" line="23"/>
        <source>Please enter a phone number of 7 to 15 digits.</source>
        <translation>Пожалуйста, введите номер телефона из 7–15 цифр.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/validation_text.py" line="26"/>
        <source>Please enter an email address like name@example.az.</source>
        <translation>Пожалуйста, введите адрес электронной почты, например name@example.az.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/validation_text.py" line="29"/>
        <source>Please give a phone number or an email address for updates.</source>
        <translation>Пожалуйста, укажите номер телефона или адрес электронной почты для новостей.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/validation_text.py" line="32"/>
        <source>Contact details are kept only if you ask for updates.</source>
        <translation>Телефон и электронная почта сохраняются, только если вы хотите получать новости.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/validation_text.py" line="35"/>
        <source>Please enter a year of birth of four digits.</source>
        <translation>Пожалуйста, введите год рождения четырьмя цифрами.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/validation_text.py" line="38"/>
        <source>Please confirm that you are old enough to sign.</source>
        <translation>Пожалуйста, подтвердите, что по возрасту вы можете подписать петицию.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/validation_text.py" line="41"/>
        <source>Please confirm that you sign only for yourself.</source>
        <translation>Пожалуйста, подтвердите, что вы подписываете только от своего имени.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/validation_text.py" line="44"/>
        <source>Please agree to how your data is used, or you cannot sign.</source>
        <translation>Пожалуйста, дайте согласие на использование ваших данных, иначе подписать петицию нельзя.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/validation_text.py" line="47"/>
        <source>Please sign a little larger.</source>
        <translation>Пожалуйста, распишитесь немного крупнее.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/validation_text.py" line="48"/>
        <source>The drawing could not be read. Please clear it and sign again.</source>
        <translation>Не удалось распознать подпись. Пожалуйста, очистите поле и распишитесь ещё раз.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/validation_text.py" line="51"/>
        <source>Please choose how to sign.</source>
        <translation>Пожалуйста, выберите способ подписи.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/validation_text.py" line="52"/>
        <source>The volunteer code is 3 to 12 letters or digits.</source>
        <translation>Код волонтёра состоит из 3–12 букв или цифр.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/validation_text.py" line="55"/>
        <source>This language is not offered for this petition.</source>
        <translation>Эта петиция недоступна на этом языке.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/validation_text.py" line="58"/>
        <source>Please tick the box to confirm that this is your signature.</source>
        <translation>Поставьте галочку, чтобы подтвердить, что это ваша подпись.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/validation_text.py" line="61"/>
        <source>Please choose why a volunteer is helping.</source>
        <translation>Выберите, почему помогает волонтёр.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/validation_text.py" line="64"/>
        <source>Please choose the place again from the list.</source>
        <translation>Пожалуйста, выберите место из списка ещё раз.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/validation_text.py" line="67"/>
        <source>Please add your father&apos;s name or your year of birth, so we can tell you apart.</source>
        <translation>Пожалуйста, добавьте отчество или год рождения, чтобы мы могли отличить вас от другого человека.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/validation_text.py" line="84"/>
        <source>Enter your given name.</source>
        <translation>Введите ваше имя.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/validation_text.py" line="85"/>
        <source>Enter your surname.</source>
        <translation>Введите вашу фамилию.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/validation_text.py" line="86"/>
        <source>Enter your village or town.</source>
        <translation>Введите ваше село или город.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/validation_text.py" line="87"/>
        <source>Enter your full name.</source>
        <translation>Введите ваше полное имя.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/validation_text.py" line="88"/>
        <source>Enter the volunteer&apos;s code.</source>
        <translation>Введите код волонтёра.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/validation_text.py" line="89"/>
        <source>Enter the volunteer PIN.</source>
        <translation>Введите ПИН волонтёра.</translation>
    </message>
</context>
</TS>
