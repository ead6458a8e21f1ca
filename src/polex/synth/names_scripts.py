# ruff: noqa: E501 - name lists read best one country per line group
"""Common names of countries that write in other scripts, with their usual romanisations.

Same format as :mod:`polex.synth.names_latin`: ``native|romanisation|…`` entries separated
by ``;``; the first romanisation is the official or passport form, the others are the
forms other countries' records use (French, German, English conventions, older systems).
A native form may carry an alternative native writing after ``=`` (Japanese kanji=katakana).
Extra keys: ``pm``/``pf`` patronymics (male/female) for countries that record them.
"""

from __future__ import annotations

SCRIPT_NAMES: dict[str, dict[str, str]] = {
    "RUS": {
        "m": "Александр|Aleksandr|Alexander|Alexandre;Сергей|Sergei|Sergey|Serguei;"
        "Дмитрий|Dmitrii|Dmitriy|Dmitry;Андрей|Andrei|Andrey;Алексей|Aleksei|Alexey|Alexei;"
        "Михаил|Mikhail|Michail;Мухаммед|Mukhammed|Muhammad|Mohammed;Юрий|Iurii|Yuriy|Yuri|Juri",
        "f": "Елена|Elena|Yelena|Jelena;Ольга|Olga;Наталья|Natalia|Natalya|Nataliya;"
        "Татьяна|Tatiana|Tatyana;Екатерина|Ekaterina|Yekaterina|Jekaterina;Юлия|Iuliia|Yuliya|Julia",
        "s": "Иванов|Ivanov|Iwanow;Смирнов|Smirnov|Smirnow;Кузнецов|Kuznetsov|Kouznetsov|Kusnezow;"
        "Попов|Popov|Popow;Соколов|Sokolov|Sokolow;Алиев|Aliev|Aliyev;"
        "Щербаков|Shcherbakov|Chtcherbakov|Schtscherbakow;Жуков|Zhukov|Joukov|Schukow",
        "sf": "Иванова|Ivanova|Iwanowa;Смирнова|Smirnova|Smirnowa;"
        "Кузнецова|Kuznetsova|Kouznetsova|Kusnezowa;Попова|Popova|Popowa;Соколова|Sokolova|Sokolowa;"
        "Алиева|Alieva|Aliyeva;Щербакова|Shcherbakova|Chtcherbakova|Schtscherbakowa;"
        "Жукова|Zhukova|Joukova|Schukowa",
        "pm": "Александрович|Aleksandrovich|Alexandrovich;Сергеевич|Sergeevich|Sergeyevich;"
        "Иванович|Ivanovich|Iwanowitsch;Петрович|Petrovich|Petrowitsch;"
        "Владимирович|Vladimirovich|Wladimirowitsch",
        "pf": "Александровна|Aleksandrovna|Alexandrovna;Сергеевна|Sergeevna|Sergeyevna;"
        "Ивановна|Ivanovna|Iwanowna;Петровна|Petrovna|Petrowna;Владимировна|Vladimirovna|Wladimirowna",
    },
    "UKR": {
        "m": "Олександр|Oleksandr|Alexander;Андрій|Andrii|Andriy|Andrij;Сергій|Serhii|Serhiy|Sergiy;"
        "Дмитро|Dmytro|Dmitro;Юрій|Yurii|Yuriy|Jurij;Володимир|Volodymyr|Wolodymyr",
        "f": "Олена|Olena|Elena;Наталія|Nataliia|Nataliya;Оксана|Oksana;Юлія|Yuliia|Yuliya;"
        "Ірина|Iryna|Irina;Тетяна|Tetiana|Tetyana",
        "s": "Шевченко|Shevchenko|Chevtchenko|Schewtschenko;Бондаренко|Bondarenko;"
        "Коваленко|Kovalenko|Kowalenko;Ткаченко|Tkachenko|Tkatschenko;Мельник|Melnyk|Melnik;"
        "Бойко|Boiko|Boyko;Кравченко|Kravchenko|Krawtschenko;Олійник|Oliinyk|Oliynyk",
        "pm": "Олександрович|Oleksandrovych;Іванович|Ivanovych;Петрович|Petrovych;"
        "Миколайович|Mykolaiovych|Mykolayovych",
        "pf": "Олександрівна|Oleksandrivna;Іванівна|Ivanivna;Петрівна|Petrivna;"
        "Миколаївна|Mykolaivna",
    },
    "BGR": {
        "m": "Георги|Georgi|Gueorgui;Иван|Ivan;Димитър|Dimitar|Dimitur;Николай|Nikolay|Nikolai;"
        "Христо|Hristo|Khristo|Christo;Петър|Petar|Petur",
        "f": "Мария|Maria|Mariya;Иванка|Ivanka;Елена|Elena;Десислава|Desislava;"
        "Йорданка|Yordanka|Jordanka;Цветелина|Tsvetelina|Cvetelina",
        "s": "Иванов|Ivanov;Георгиев|Georgiev|Gueorguiev;Димитров|Dimitrov;Петров|Petrov;"
        "Николов|Nikolov;Христов|Hristov|Khristov;Стоянов|Stoyanov|Stojanov;Тодоров|Todorov",
        "sf": "Иванова|Ivanova;Георгиева|Georgieva|Gueorguieva;Димитрова|Dimitrova;"
        "Петрова|Petrova;Николова|Nikolova;Христова|Hristova|Khristova;"
        "Стоянова|Stoyanova|Stojanova;Тодорова|Todorova",
        # Bulgarians carry the father's name as a middle name, in the family-name form.
        "pm": "Иванов|Ivanov;Георгиев|Georgiev;Димитров|Dimitrov;Петров|Petrov",
        "pf": "Иванова|Ivanova;Георгиева|Georgieva;Димитрова|Dimitrova;Петрова|Petrova",
    },
    "SRB": {
        "m": "Марко|Marko;Никола|Nikola;Стефан|Stefan;Милош|Miloš|Milos;Ђорђе|Đorđe|Djordje|Dorde;"
        "Душан|Dušan|Dusan",
        "f": "Јелена|Jelena;Милица|Milica;Ана|Ana;Драгана|Dragana;Марија|Marija;"
        "Снежана|Snežana|Snezana",
        "s": "Јовановић|Jovanović|Jovanovic;Петровић|Petrović|Petrovic;Николић|Nikolić|Nikolic;"
        "Марковић|Marković|Markovic;Ђорђевић|Đorđević|Djordjevic|Dordevic;"
        "Стојановић|Stojanović|Stojanovic;Илић|Ilić|Ilic;Станковић|Stanković|Stankovic",
    },
    "EGY": {
        "m": "محمد|Mohamed|Mohammed|Muhammad;أحمد|Ahmed|Ahmad;محمود|Mahmoud|Mahmud;"
        "مصطفى|Mostafa|Mustafa;عمر|Omar|Umar;يوسف|Youssef|Yousef|Yusuf;جمال|Gamal|Jamal",
        "f": "فاطمة|Fatma|Fatima|Fatemah;مريم|Mariam|Maryam;نور|Nour|Noor|Nur;سارة|Sara|Sarah;"
        "هدى|Hoda|Huda;آية|Aya|Ayah",
        "s": "حسن|Hassan|Hasan;علي|Ali|Aly;إبراهيم|Ibrahim|Ebrahim;عبد الله|Abdallah|Abdullah|Abdalla;"
        "السيد|El Sayed|Elsayed|Al-Sayyid;عبد الرحمن|Abdel Rahman|Abdelrahman|Abd al-Rahman;"
        "مصطفى|Mostafa|Mustafa;سليمان|Soliman|Suleiman|Sulayman",
    },
    "SAU": {
        "m": "محمد|Mohammed|Muhammad|Mohammad;عبد الله|Abdullah|Abdallah;فهد|Fahad|Fahd;"
        "خالد|Khalid|Khaled;سلطان|Sultan;تركي|Turki|Turky",
        "f": "نورة|Noura|Nora|Nourah;فاطمة|Fatimah|Fatima;سارة|Sarah|Sara;ريم|Reem|Rim;"
        "هيفاء|Haifa|Hayfa;لطيفة|Latifa|Latifah",
        "s": "القحطاني|Al-Qahtani|Alqahtani|Al Kahtani;العتيبي|Al-Otaibi|Alotaibi|Al-Utaybi;"
        "الغامدي|Al-Ghamdi|Alghamdi;الدوسري|Al-Dosari|Aldossary|Al-Dawsari;"
        "الشهري|Al-Shehri|Alshehri|Al-Shahri;الحربي|Al-Harbi|Alharbi;"
        "الزهراني|Al-Zahrani|Alzahrani;المطيري|Al-Mutairi|Almutairi",
    },
    "MAR": {
        "m": "محمد|Mohamed|Mohammed|Mouhamed;يوسف|Youssef|Yousef|Youcef;"
        "عبد الرحيم|Abderrahim|Abdelrahim|Abd al-Rahim;رشيد|Rachid|Rashid;حسن|Hassan|Hasan;"
        "سعيد|Said|Saeed",
        "f": "فاطمة الزهراء|Fatima Zahra|Fatima-Zahra|Fatimazahra;خديجة|Khadija|Khadidja|Khadijah;"
        "مريم|Meryem|Maryam|Mariam;زينب|Zineb|Zaynab|Zainab;سلمى|Salma;حنان|Hanane|Hanan",
        "s": "العلوي|El Alaoui|Alaoui|Al-Alawi;بنعلي|Benali|Ben Ali;الإدريسي|El Idrissi|Idrissi|Al-Idrisi;"
        "بنجلون|Benjelloun|Bendjelloun;التازي|Tazi|Ettazi|Al-Tazi;الفاسي|El Fassi|Fassi|Al-Fasi;"
        "الشرقاوي|Cherkaoui|Charqawi|Al-Sharqawi;بناني|Bennani|Banani",
    },
    "IRQ": {
        "m": "علي|Ali;حسين|Hussein|Husain|Hussain;محمد|Mohammed|Muhammad;عباس|Abbas;"
        "حيدر|Haider|Haidar|Hayder;كرار|Karrar|Karar",
        "f": "زهراء|Zahraa|Zahra;فاطمة|Fatima|Fatimah;مريم|Maryam|Mariam;نور|Noor|Nour;"
        "زينب|Zainab|Zaynab|Zeinab;رقية|Ruqaya|Roqaya|Ruqayya",
        "s": "الجبوري|Al-Jubouri|Aljubouri|Al-Juburi;الدليمي|Al-Dulaimi|Aldulaimi|Al-Dulaymi;"
        "التميمي|Al-Tamimi|Altamimi;العبيدي|Al-Obaidi|Alobaidi|Al-Ubaydi;الخفاجي|Al-Khafaji|Alkhafaji;"
        "الربيعي|Al-Rubaie|Alrubaie|Al-Rubai;الساعدي|Al-Saadi|Alsaadi;"
        "الموسوي|Al-Musawi|Almousawi|Al-Moussawi",
    },
    "GRC": {
        "m": "Γεώργιος|Georgios|Giorgos|Yorgos;Ιωάννης|Ioannis|Giannis|Yannis;"
        "Κωνσταντίνος|Konstantinos|Constantinos|Kostas;Δημήτριος|Dimitrios|Dimitris;"
        "Νικόλαος|Nikolaos|Nikos;Παναγιώτης|Panagiotis|Panayiotis",
        "f": "Μαρία|Maria;Ελένη|Eleni|Helen;Αικατερίνη|Aikaterini|Ekaterini|Katerina;"
        "Βασιλική|Vasiliki|Vassiliki;Σοφία|Sofia|Sophia;Άννα|Anna",
        "s": "Παπαδόπουλος|Papadopoulos;Βλάχος|Vlachos|Vlahos;Αγγελόπουλος|Angelopoulos|Aggelopoulos;"
        "Νικολάου|Nikolaou;Γεωργίου|Georgiou;Παπαδάκης|Papadakis;Οικονόμου|Oikonomou|Economou;"
        "Δημητρίου|Dimitriou",
        "sf": "Παπαδοπούλου|Papadopoulou;Βλάχου|Vlachou|Vlahou;"
        "Αγγελοπούλου|Angelopoulou|Aggelopoulou;Νικολάου|Nikolaou;Γεωργίου|Georgiou;"
        "Παπαδάκη|Papadaki;Οικονόμου|Oikonomou|Economou;Δημητρίου|Dimitriou",
    },
    "CYP": {
        "m": "Ανδρέας|Andreas;Χριστάκης|Christakis|Hristakis;Μιχάλης|Michalis|Michael;"
        "Κυριάκος|Kyriakos|Kiriakos;Σάββας|Savvas|Savas;Παναγιώτης|Panayiotis|Panagiotis",
        "f": "Μαρία|Maria;Ελένη|Eleni;Χριστίνα|Christina;Άντρη|Andri;Έλενα|Elena;Γεωργία|Georgia",
        "s": "Γεωργίου|Georgiou;Κωνσταντίνου|Constantinou|Konstantinou;"
        "Χαραλάμπους|Charalambous|Haralambous;Ιωάννου|Ioannou;Παπαδόπουλος|Papadopoulos;"
        "Χριστοδούλου|Christodoulou|Hristodoulou;Νικολάου|Nicolaou|Nikolaou;Αντωνίου|Antoniou",
    },
    "CHN": {
        "m": "伟|Wei;强|Qiang;磊|Lei;军|Jun;洋|Yang;勇|Yong;志强|Zhiqiang|Zhi-Qiang;建华|Jianhua|Jian-Hua",
        "f": "芳|Fang;娜|Na;敏|Min;静|Jing;秀英|Xiuying|Xiu-Ying;丽|Li",
        "s": "王|Wang|Wong;李|Li|Lee;张|Zhang|Chang|Cheung;刘|Liu|Lau;陈|Chen|Chan;杨|Yang|Yeung;"
        "黄|Huang|Wong;赵|Zhao|Chiu",
    },
    "TWN": {
        "m": "志明|Chih-ming|Zhiming;家豪|Chia-hao|Jiahao;建宏|Chien-hung|Jianhong;"
        "俊傑|Chun-chieh|Junjie;冠宇|Kuan-yu|Guanyu",
        "f": "淑芬|Shu-fen|Shufen;美玲|Mei-ling|Meiling;怡君|Yi-chun|Yijun;雅婷|Ya-ting|Yating;"
        "淑惠|Shu-hui|Shuhui",
        "s": "陳|Chen|Chan;林|Lin|Lim;黃|Huang|Hwang;張|Chang|Zhang;李|Lee|Li;王|Wang;吳|Wu|Woo;劉|Liu|Lau",
    },
    "KOR": {
        "m": "민준|Min-jun|Minjun|Min Jun;서준|Seo-jun|Seojun|Suh Jun;도윤|Do-yun|Doyun|Do Yoon;"
        "지호|Ji-ho|Jiho;현우|Hyun-woo|Hyeonu|Hyunwoo;성민|Sung-min|Seongmin|Sungmin",
        "f": "서연|Seo-yeon|Seoyeon|Suh Yeon;지민|Ji-min|Jimin;수빈|Su-bin|Subin|Soo Bin;"
        "민지|Min-ji|Minji;지영|Ji-young|Jiyeong|Jiyoung;은지|Eun-ji|Eunji",
        "s": "김|Kim|Gim;이|Lee|Yi|Rhee;박|Park|Bak|Pak;최|Choi|Choe;정|Jung|Jeong|Chung;"
        "강|Kang|Gang;조|Cho|Jo;윤|Yoon|Yun",
    },
    "JPN": {
        "m": "太郎=タロウ|Taro|Tarou|Taroh;翔太=ショウタ|Shota|Shouta|Syota;大輔=ダイスケ|Daisuke;"
        "健一=ケンイチ|Kenichi|Ken'ichi;浩=ヒロシ|Hiroshi;拓也=タクヤ|Takuya",
        "f": "花子=ハナコ|Hanako;陽子=ヨウコ|Yoko|Youko|Yohko;美咲=ミサキ|Misaki;由美=ユミ|Yumi;"
        "恵子=ケイコ|Keiko;さくら=サクラ|Sakura",
        "s": "佐藤=サトウ|Sato|Satou|Satoh;鈴木=スズキ|Suzuki;高橋=タカハシ|Takahashi;田中=タナカ|Tanaka;"
        "渡辺=ワタナベ|Watanabe;伊藤=イトウ|Ito|Itou|Itoh;山本=ヤマモト|Yamamoto;中村=ナカムラ|Nakamura",
    },
    "ISR": {
        "m": "יוסף|Yosef|Joseph|Yossef;דוד|David;משה|Moshe|Moses;אברהם|Avraham|Abraham;"
        "יצחק|Yitzhak|Itzhak|Isaac;מוחמד|Muhammad|Mohammad|Mohamed",
        "f": "שרה|Sarah|Sara;רחל|Rachel|Rahel;מיכל|Michal;נועה|Noa|Noah;תמר|Tamar;אסתר|Esther|Ester",
        "s": "כהן|Cohen|Kohen|Kohn;לוי|Levi|Levy;מזרחי|Mizrahi|Mizrachi;פרץ|Peretz|Perez;"
        "ביטון|Biton|Bitton;אברהם|Avraham|Abraham;פרידמן|Friedman|Fridman;אזולאי|Azulay|Azoulay",
    },
    "THA": {
        "m": "สมชาย|Somchai|Somchay;สมศักดิ์|Somsak;ประเสริฐ|Prasert|Prasoet;วิชัย|Wichai|Vichai;"
        "สุรชัย|Surachai;อนุชา|Anucha",
        "f": "สมศรี|Somsri|Somsee;มาลี|Malee|Mali;สุดา|Suda;วันเพ็ญ|Wanphen|Wanpen;นภา|Napa|Naphaa;"
        "กัญญา|Kanya|Kunya",
        "s": "สุขสวัสดิ์|Suksawat|Suksawas;ศรีสุข|Srisuk|Sisuk;แก้วมณี|Kaewmanee|Kaeomani;"
        "บุญมา|Boonma|Bunma;ทองดี|Thongdee|Thongdi;วงศ์สวัสดิ์|Wongsawat|Wongsawas;"
        "จันทร์เพ็ญ|Chanpen|Janpen;รัตนพันธ์|Rattanaphan|Ratanapan",
    },
    "GEO": {
        "m": "გიორგი|Giorgi|Georgi;დავით|Davit|David;ნიკოლოზ|Nikoloz|Nikolos;ლევან|Levan;"
        "ირაკლი|Irakli|Irakly;ზურაბ|Zurab|Surab",
        "f": "ნინო|Nino;მარიამ|Mariam|Mariami;ანა|Ana|Anna;თამარ|Tamar|Tamari;ეკატერინე|Ekaterine|Eka;"
        "ნათია|Natia",
        "s": "ბერიძე|Beridze;კაპანაძე|Kapanadze;გელაშვილი|Gelashvili|Gelaschwili;"
        "მაისურაძე|Maisuradze;გიორგაძე|Giorgadze;ლომიძე|Lomidze;წიკლაური|Tsiklauri|Ciklauri;"
        "ჯაფარიძე|Japaridze|Djaparidze|Dzhaparidze",
    },
    "ARM": {
        "m": "Արամ|Aram;Դավիթ|Davit|David;Հայկ|Hayk|Haik|Gaik;Նարեկ|Narek;Տիգրան|Tigran;Արմեն|Armen",
        "f": "Անի|Ani;Մարիամ|Mariam;Նարինե|Narine;Անահիտ|Anahit;Լուսինե|Lusine|Lusineh;"
        "Գայանե|Gayane|Gayaneh",
        "s": "Հովհաննիսյան|Hovhannisyan|Ovanesyan|Hovhannisian;"
        "Հարությունյան|Harutyunyan|Arutyunyan|Harutiunian;Սարգսյան|Sargsyan|Sarkisyan|Sarkissian;"
        "Խաչատրյան|Khachatryan|Khachaturian|Chatschatrjan;Գրիգորյան|Grigoryan|Grigorian;"
        "Պետրոսյան|Petrosyan|Petrosian;Մկրտչյան|Mkrtchyan|Mkrtchian;Ավետիսյան|Avetisyan|Avetisian",
    },
    "IND": {
        "m": "राहुल|Rahul;अमित|Amit;राजेश|Rajesh;सुरेश|Suresh;विजय|Vijay|Vijai;"
        "मोहम्मद|Mohammad|Mohammed|Mohd",
        "f": "प्रिया|Priya;पूजा|Pooja|Puja;अनीता|Anita;सुनीता|Sunita;नेहा|Neha;लक्ष्मी|Lakshmi|Laxmi",
        "s": "शर्मा|Sharma;वर्मा|Verma|Varma;सिंह|Singh;कुमार|Kumar;गुप्ता|Gupta;पटेल|Patel;"
        "यादव|Yadav;खान|Khan",
    },
}

# Less common names, appended after the commonest above: lists run from common to rare,
# and the generator draws the k-th name with a long-tailed weight (``entities.pick``).
# The first romanisation is the passport form (ICAO 9303 for Russian; the national
# systems of Ukraine, Bulgaria, Greece, Korea; Hepburn; RTGS; pinyin, with Cantonese
# readings of mainland family names as Hong Kong records write them; Wade-Giles for
# Taiwan), then English, French or German spellings.
_MORE: dict[str, dict[str, str]] = {
    "RUS": {
        "m": "Владимир|Vladimir|Wladimir;Иван|Ivan|Iwan;Николай|Nikolai|Nikolay|Nikolaj;"
        "Евгений|Evgenii|Yevgeniy|Evgeny|Jewgeni;Максим|Maksim|Maxim;Артём|Artem|Artyom|Artjom;"
        "Игорь|Igor;Олег|Oleg;Роман|Roman;Павел|Pavel|Pawel;Виктор|Viktor|Victor;Денис|Denis;"
        "Антон|Anton;Константин|Konstantin|Constantin;Владислав|Vladislav|Wladislaw;"
        "Вячеслав|Viacheslav|Vyacheslav|Wjatscheslaw;Кирилл|Kirill|Kyrill;Илья|Ilia|Ilya|Ilja;"
        "Никита|Nikita;Григорий|Grigorii|Grigoriy|Grigori;Борис|Boris;Руслан|Ruslan;Тимур|Timur;"
        "Василий|Vasilii|Vasiliy|Wassili;Станислав|Stanislav|Stanislaw;Леонид|Leonid;"
        "Пётр|Petr|Pyotr|Pjotr;Степан|Stepan;Фёдор|Fedor|Fyodor|Fjodor;Георгий|Georgii|Georgiy|Georgi",
        "f": "Анна|Anna;Мария|Mariia|Mariya|Maria;Ирина|Irina;Светлана|Svetlana|Swetlana;"
        "Анастасия|Anastasiia|Anastasiya|Anastasia;Марина|Marina;Людмила|Liudmila|Lyudmila|Ludmila;"
        "Галина|Galina;Дарья|Daria|Darya|Darja;Ксения|Kseniia|Kseniya|Xenia;"
        "Валентина|Valentina|Walentina;Надежда|Nadezhda|Nadeschda|Nadejda;"
        "Виктория|Viktoriia|Viktoriya|Victoria;Алёна|Alena|Alyona|Aljona;Полина|Polina;"
        "Кристина|Kristina;Любовь|Liubov|Lyubov|Ljubow;Лариса|Larisa|Larissa;Оксана|Oksana;"
        "Вера|Vera|Wera;Софья|Sofia|Sofya|Sofja;Алина|Alina;Валерия|Valeriia|Valeriya|Valeria;"
        "Евгения|Evgeniia|Yevgeniya|Jewgenija;Зинаида|Zinaida|Sinaida",
        "s": "Петров|Petrov|Petrow;Васильев|Vasilev|Vasilyev|Wassiljew;Павлов|Pavlov|Pawlow;"
        "Семёнов|Semenov|Semyonov|Semjonow;Голубев|Golubev|Golubew;Виноградов|Vinogradov|Winogradow;"
        "Богданов|Bogdanov|Bogdanow;Фёдоров|Fedorov|Fyodorov|Fjodorow;"
        "Михайлов|Mikhailov|Mikhaylov|Michailow;Беляев|Beliaev|Belyaev|Beljajew;"
        "Тарасов|Tarasov|Tarassow;Белов|Belov|Below;Комаров|Komarov|Komarow;Орлов|Orlov|Orlow;"
        "Киселёв|Kiselev|Kiselyov|Kisseljow;Макаров|Makarov|Makarow;Андреев|Andreev|Andreyev|Andrejew;"
        "Ковалёв|Kovalev|Kovalyov|Kowaljow;Ильин|Ilin|Ilyin|Iljin;Гусев|Gusev|Gussew;Титов|Titov|Titow;"
        "Кузьмин|Kuzmin|Kusmin;Кудрявцев|Kudriavtsev|Kudryavtsev|Kudrjawzew;Баранов|Baranov|Baranow;"
        "Куликов|Kulikov|Kulikow;Алексеев|Alekseev|Alekseyev|Alexejew;Степанов|Stepanov|Stepanow;"
        "Яковлев|Iakovlev|Yakovlev|Jakowlew;Сорокин|Sorokin;Сергеев|Sergeev|Sergeyev|Sergejew;"
        "Романов|Romanov|Romanow;Захаров|Zakharov|Sacharow;Борисов|Borisov|Borissow;"
        "Королёв|Korolev|Korolyov|Koroljow;Герасимов|Gerasimov|Gerassimow;"
        "Пономарёв|Ponomarev|Ponomaryov|Ponomarjow;Григорьев|Grigorev|Grigoryev|Grigorjew;"
        "Лебедев|Lebedev|Lebedew;Козлов|Kozlov|Koslow;Новиков|Novikov|Nowikow",
        "sf": "Петрова|Petrova|Petrowa;Васильева|Vasileva|Vasilyeva|Wassiljewa;Павлова|Pavlova|Pawlowa;"
        "Семёнова|Semenova|Semyonova|Semjonowa;Голубева|Golubeva|Golubewa;"
        "Виноградова|Vinogradova|Winogradowa;Богданова|Bogdanova|Bogdanowa;"
        "Фёдорова|Fedorova|Fyodorova|Fjodorowa;Михайлова|Mikhailova|Mikhaylova|Michailowa;"
        "Беляева|Beliaeva|Belyaeva|Beljajewa;Тарасова|Tarasova|Tarassowa;Белова|Belova|Belowa;"
        "Комарова|Komarova|Komarowa;Орлова|Orlova|Orlowa;Киселёва|Kiseleva|Kiselyova|Kisseljowa;"
        "Макарова|Makarova|Makarowa;Андреева|Andreeva|Andreyeva|Andrejewa;"
        "Ковалёва|Kovaleva|Kovalyova|Kowaljowa;Ильина|Ilina|Ilyina|Iljina;Гусева|Guseva|Gussewa;"
        "Титова|Titova|Titowa;Кузьмина|Kuzmina|Kusmina;"
        "Кудрявцева|Kudriavtseva|Kudryavtseva|Kudrjawzewa;Баранова|Baranova|Baranowa;"
        "Куликова|Kulikova|Kulikowa;Алексеева|Alekseeva|Alekseyeva|Alexejewa;"
        "Степанова|Stepanova|Stepanowa;Яковлева|Iakovleva|Yakovleva|Jakowlewa;Сорокина|Sorokina;"
        "Сергеева|Sergeeva|Sergeyeva|Sergejewa;Романова|Romanova|Romanowa;"
        "Захарова|Zakharova|Sacharowa;Борисова|Borisova|Borissowa;"
        "Королёва|Koroleva|Korolyova|Koroljowa;Герасимова|Gerasimova|Gerassimowa;"
        "Пономарёва|Ponomareva|Ponomaryova|Ponomarjowa;Григорьева|Grigoreva|Grigoryeva|Grigorjewa;"
        "Лебедева|Lebedeva|Lebedewa;Козлова|Kozlova|Koslowa;Новикова|Novikova|Nowikowa",
        "pm": "Дмитриевич|Dmitrievich|Dmitriyevich;Андреевич|Andreevich|Andreyevich;"
        "Алексеевич|Alekseevich|Alekseyevich;Михайлович|Mikhailovich|Mikhaylovich;"
        "Николаевич|Nikolaevich|Nikolayevich;Юрьевич|Iurevich|Yuryevich;Викторович|Viktorovich",
        "pf": "Дмитриевна|Dmitrievna|Dmitriyevna;Андреевна|Andreevna|Andreyevna;"
        "Алексеевна|Alekseevna|Alekseyevna;Михайловна|Mikhailovna|Mikhaylovna;"
        "Николаевна|Nikolaevna|Nikolayevna;Юрьевна|Iurevna|Yuryevna;Викторовна|Viktorovna",
    },
    "UKR": {
        "m": "Іван|Ivan;Микола|Mykola|Nikolai;Василь|Vasyl|Vasil;Петро|Petro;"
        "Михайло|Mykhailo|Mykhaylo;Віктор|Viktor;Олег|Oleh|Oleg;Ігор|Ihor|Igor;Богдан|Bohdan|Bogdan;"
        "Тарас|Taras;Роман|Roman;Максим|Maksym|Maxim;Артем|Artem;Денис|Denys|Denis;"
        "Віталій|Vitalii|Vitaliy;Євген|Yevhen|Ievgen|Evgen;Ярослав|Yaroslav|Jaroslaw;Степан|Stepan;"
        "Анатолій|Anatolii|Anatoliy;Валерій|Valerii|Valeriy;Владислав|Vladyslav|Vladislav;"
        "Григорій|Hryhorii|Hryhoriy|Grigoriy;Остап|Ostap;Назар|Nazar",
        "f": "Анна|Anna;Марія|Mariia|Mariya|Maria;Світлана|Svitlana|Svetlana;"
        "Людмила|Liudmyla|Lyudmyla|Ludmila;Галина|Halyna|Galina;Валентина|Valentyna|Valentina;"
        "Надія|Nadiia|Nadiya;Катерина|Kateryna|Katerina;Вікторія|Viktoriia|Viktoriya;"
        "Анастасія|Anastasiia|Anastasiya;Дарина|Daryna;Софія|Sofiia|Sofiya|Sofia;"
        "Христина|Khrystyna|Christina;Любов|Liubov|Lyubov;Лариса|Larysa|Larisa;Віра|Vira|Vera;"
        "Ганна|Hanna|Ganna;Зоряна|Zoriana|Zoryana;Мирослава|Myroslava|Miroslava;Ольга|Olha|Olga;"
        "Марина|Maryna|Marina;Аліна|Alina;Діана|Diana;Яна|Yana|Jana",
        "s": "Шевчук|Shevchuk|Schewtschuk;Поліщук|Polishchuk|Polischuk;Бондар|Bondar;"
        "Ткачук|Tkachuk|Tkatschuk;Савченко|Savchenko|Sawtschenko;Руденко|Rudenko;"
        "Марченко|Marchenko|Martschenko;Лисенко|Lysenko|Lissenko;Мороз|Moroz|Moros;"
        "Петренко|Petrenko;Клименко|Klymenko|Klimenko;Павленко|Pavlenko|Pawlenko;"
        "Кравчук|Kravchuk|Krawtschuk;Кузьменко|Kuzmenko|Kusmenko;Савчук|Savchuk|Sawtschuk;"
        "Іваненко|Ivanenko;Литвиненко|Lytvynenko|Litvinenko;Романенко|Romanenko;"
        "Гончаренко|Honcharenko|Goncharenko;Харченко|Kharchenko|Chartschenko;"
        "Левченко|Levchenko|Lewtschenko;Карпенко|Karpenko;Мельниченко|Melnychenko|Melnichenko;"
        "Коваль|Koval|Kowal;Бойченко|Boichenko|Boychenko;Тимошенко|Tymoshenko|Timoshenko;"
        "Кравець|Kravets|Krawez;Приходько|Prykhodko|Prikhodko;Гаврилюк|Havryliuk|Gavrilyuk;"
        "Мартинюк|Martyniuk|Martynyuk;Захарченко|Zakharchenko;Ковальчук|Kovalchuk|Kowaltschuk;"
        "Білик|Bilyk|Bilik;Юрченко|Yurchenko|Jurtschenko",
        "pm": "Васильович|Vasylovych;Михайлович|Mykhailovych;Володимирович|Volodymyrovych;"
        "Сергійович|Serhiiovych",
        "pf": "Василівна|Vasylivna;Михайлівна|Mykhailivna;Володимирівна|Volodymyrivna;"
        "Сергіївна|Serhiivna",
    },
    "BGR": {
        "m": "Стоян|Stoyan|Stojan;Тодор|Todor;Васил|Vasil|Vassil;Стефан|Stefan;"
        "Александър|Aleksandar|Alexander;Атанас|Atanas;Кирил|Kiril;Пламен|Plamen;"
        "Любомир|Lyubomir|Ljubomir;Красимир|Krasimir;Валентин|Valentin;Борис|Boris;Младен|Mladen;"
        "Ангел|Angel;Емил|Emil;Симеон|Simeon;Веселин|Veselin;Цветан|Tsvetan|Cvetan;Илия|Iliya|Ilia;"
        "Мартин|Martin;Калоян|Kaloyan|Kalojan;Венелин|Venelin",
        "f": "Румяна|Rumyana|Rumjana;Даниела|Daniela;Гергана|Gergana;Виктория|Viktoriya|Victoria;"
        "Силвия|Silviya|Silvia;Снежана|Snezhana|Snejana;Анна|Anna;Росица|Rositsa|Rosica;"
        "Надежда|Nadezhda|Nadejda;Галина|Galina;Милена|Milena;Теодора|Teodora;Радка|Radka;"
        "Стефка|Stefka;Николина|Nikolina;Катя|Katya|Katia;Веселина|Veselina;Валентина|Valentina;"
        "Петя|Petya|Petia;Емилия|Emiliya|Emilia;Светла|Svetla;Величка|Velichka;"
        "Боряна|Boryana|Borjana;Йоана|Yoana|Joana",
        "s": "Илиев|Iliev;Атанасов|Atanasov;Петков|Petkov;Ангелов|Angelov;Костов|Kostov;Попов|Popov;"
        "Стефанов|Stefanov;Михайлов|Mihaylov|Mihailov;Колев|Kolev;Йорданов|Yordanov|Jordanov;"
        "Марков|Markov;Василев|Vasilev|Vassilev;Кръстев|Krastev|Krustev;"
        "Александров|Aleksandrov|Alexandrov;Павлов|Pavlov;Симеонов|Simeonov;Митев|Mitev;"
        "Станев|Stanev;Маринов|Marinov;Цветков|Tsvetkov|Cvetkov;Славов|Slavov;"
        "Райчев|Raychev|Raichev;Янев|Yanev|Janev;Русев|Rusev|Roussev;Добрев|Dobrev;Кирилов|Kirilov;"
        "Денев|Denev;Тончев|Tonchev;Желев|Zhelev|Jelev;Борисов|Borisov;Стойчев|Stoychev|Stoitchev",
        "sf": "Илиева|Ilieva;Атанасова|Atanasova;Петкова|Petkova;Ангелова|Angelova;Костова|Kostova;"
        "Попова|Popova;Стефанова|Stefanova;Михайлова|Mihaylova|Mihailova;Колева|Koleva;"
        "Йорданова|Yordanova|Jordanova;Маркова|Markova;Василева|Vasileva|Vassileva;"
        "Кръстева|Krasteva|Krusteva;Александрова|Aleksandrova|Alexandrova;Павлова|Pavlova;"
        "Симеонова|Simeonova;Митева|Miteva;Станева|Staneva;Маринова|Marinova;"
        "Цветкова|Tsvetkova|Cvetkova;Славова|Slavova;Райчева|Raycheva|Raicheva;"
        "Янева|Yaneva|Janeva;Русева|Ruseva|Rousseva;Добрева|Dobreva;Кирилова|Kirilova;"
        "Денева|Deneva;Тончева|Toncheva;Желева|Zheleva|Jeleva;Борисова|Borisova;"
        "Стойчева|Stoycheva|Stoitcheva",
        "pm": "Стоянов|Stoyanov;Тодоров|Todorov;Николов|Nikolov;Христов|Hristov",
        "pf": "Стоянова|Stoyanova;Тодорова|Todorova;Николова|Nikolova;Христова|Hristova",
    },
    "SRB": {
        "m": "Александар|Aleksandar|Alexandar;Лука|Luka;Филип|Filip;Лазар|Lazar;Вук|Vuk;"
        "Огњен|Ognjen;Урош|Uroš|Uros;Немања|Nemanja;Милан|Milan;Драган|Dragan;Зоран|Zoran;"
        "Горан|Goran;Дејан|Dejan;Ненад|Nenad;Владимир|Vladimir;Бојан|Bojan;Иван|Ivan;"
        "Милорад|Milorad;Слободан|Slobodan;Предраг|Predrag;Небојша|Nebojša|Nebojsa;"
        "Жељко|Željko|Zeljko;Бранислав|Branislav;Радован|Radovan",
        "f": "Јована|Jovana;Ивана|Ivana;Тамара|Tamara;Катарина|Katarina;Сања|Sanja;Маја|Maja;"
        "Александра|Aleksandra;Наташа|Nataša|Natasa;Мирјана|Mirjana;Весна|Vesna;Гордана|Gordana;"
        "Љиљана|Ljiljana;Биљана|Biljana;Јасмина|Jasmina;Светлана|Svetlana;Теодора|Teodora;"
        "Анђела|Anđela|Andjela|Andela;Софија|Sofija;Душица|Dušica|Dusica;Зорица|Zorica;"
        "Данијела|Danijela;Невена|Nevena;Милена|Milena;Радмила|Radmila",
        "s": "Павловић|Pavlović|Pavlovic;Милошевић|Milošević|Milosevic;Ђурић|Đurić|Djuric|Duric;"
        "Стевановић|Stevanović|Stevanovic;Јовић|Jović|Jovic;Тодоровић|Todorović|Todorovic;"
        "Лазић|Lazić|Lazic;Милетић|Miletić|Miletic;Ристић|Ristić|Ristic;Поповић|Popović|Popovic;"
        "Костић|Kostić|Kostic;Живковић|Živković|Zivkovic;Митровић|Mitrović|Mitrovic;"
        "Радовановић|Radovanović|Radovanovic;Васић|Vasić|Vasic;Стојковић|Stojković|Stojkovic;"
        "Симић|Simić|Simic;Марић|Marić|Maric;Ковачевић|Kovačević|Kovacevic;Савић|Savić|Savic;"
        "Милић|Milić|Milic;Томић|Tomić|Tomic;Павић|Pavić|Pavic;Цветковић|Cvetković|Cvetkovic;"
        "Божић|Božić|Bozic;Обрадовић|Obradović|Obradovic;Вуковић|Vuković|Vukovic;"
        "Лукић|Lukić|Lukic;Радић|Radić|Radic;Милосављевић|Milosavljević|Milosavljevic;"
        "Бошковић|Bošković|Boskovic;Матић|Matić|Matic;Антић|Antić|Antic",
    },
    "EGY": {
        "m": "حسن|Hassan|Hasan;حسين|Hussein|Hussain|Hosein;علي|Ali|Aly;إبراهيم|Ibrahim|Ebrahim;"
        "خالد|Khaled|Khalid;طارق|Tarek|Tariq|Tareq;عمرو|Amr|Amro;كريم|Karim|Kareem;"
        "هشام|Hesham|Hisham;وليد|Walid|Waleed;شريف|Sherif|Sharif;سامح|Sameh;أشرف|Ashraf;"
        "عادل|Adel|Adil;سعيد|Saeed|Said;مينا|Mina|Mena;جرجس|Girgis|Guirguis;"
        "عبد الله|Abdallah|Abdullah;حازم|Hazem|Hazim;ياسر|Yasser|Yasir;عماد|Emad|Imad;"
        "أيمن|Ayman|Aiman;رامي|Rami|Ramy;عصام|Essam|Issam",
        "f": "منى|Mona|Muna;ياسمين|Yasmin|Yasmine|Jasmin;هبة|Heba|Hiba;دعاء|Doaa|Duaa;"
        "رحاب|Rehab|Rihab;أسماء|Asmaa|Asma;شيماء|Shaimaa|Shaima;إيمان|Eman|Iman;ريهام|Reham|Riham;"
        "سلمى|Salma;منة|Menna|Minna;نادية|Nadia|Nadiya;سعاد|Soad|Suad;زينب|Zeinab|Zainab;"
        "عائشة|Aisha|Aicha;ليلى|Laila|Leila|Layla;رانيا|Rania|Ranya;هالة|Hala;مروة|Marwa|Marwah;"
        "سمر|Samar;إسراء|Esraa|Israa;أمل|Amal;جيهان|Gihan|Jihan",
        "s": "محمود|Mahmoud|Mahmud;أحمد|Ahmed|Ahmad;محمد|Mohamed|Mohammed;عثمان|Osman|Othman|Uthman;"
        "خليل|Khalil|Khaleel;يوسف|Youssef|Yousef|Yusuf;صالح|Saleh|Salih;سالم|Salem;"
        "عبد العزيز|Abdel Aziz|Abdelaziz|Abd al-Aziz;الشافعي|El Shafei|Elshafei|Al-Shafii;"
        "المصري|El Masry|Elmasry|Al-Masri;النجار|El Naggar|Elnaggar|Al-Najjar;"
        "الشريف|El Sherif|Elsherif|Al-Sharif;عبد الحميد|Abdel Hamid|Abdelhamid|Abd al-Hamid;"
        "فرج|Farag|Faraj;رمضان|Ramadan|Ramadhan;شحاتة|Shehata|Shahata;"
        "عبد الفتاح|Abdel Fattah|Abdelfattah|Abd al-Fattah;منصور|Mansour|Mansur;جاد|Gad|Jad;"
        "زكي|Zaki|Zaky;بدوي|Badawi|Badawy;حمدي|Hamdy|Hamdi;فؤاد|Fouad|Fuad;سعد|Saad;"
        "عطية|Attia|Atiyya;الجمال|El Gamal|Elgamal|Al-Jamal;موسى|Moussa|Musa;نصر|Nasr;"
        "حسني|Hosny|Husni;كامل|Kamel|Kamil",
    },
    "SAU": {
        "m": "عبد العزيز|Abdulaziz|Abdelaziz|Abd al-Aziz;سعود|Saud|Saoud;فيصل|Faisal|Faysal;"
        "سعد|Saad;ناصر|Nasser|Nasir;بندر|Bandar;ماجد|Majed|Majid;"
        "عبد الرحمن|Abdulrahman|Abdelrahman|Abd al-Rahman;نايف|Naif|Nayef;سلمان|Salman;"
        "مشعل|Mishal|Meshal;يوسف|Yousef|Yusuf;أحمد|Ahmed|Ahmad;علي|Ali;عمر|Omar|Umar;حمد|Hamad;"
        "راشد|Rashid|Rashed;منصور|Mansour|Mansur;طلال|Talal;وليد|Waleed|Walid;ياسر|Yasser|Yasir;"
        "إبراهيم|Ibrahim;ريان|Rayan;عبد الملك|Abdulmalik|Abdelmalek;زياد|Ziyad|Ziad",
        "f": "عائشة|Aisha|Aishah;مريم|Maryam|Mariam;منيرة|Munira|Mounira;هند|Hind;نوف|Nouf|Nuf;"
        "أمل|Amal;هيا|Haya;لمى|Lama;دانة|Dana|Danah;شهد|Shahad;رهف|Rahaf;لينا|Lina|Leena;"
        "جواهر|Jawaher|Jawahir;عبير|Abeer|Abir;منال|Manal;أسماء|Asma|Asmaa;خلود|Kholoud|Khulud;"
        "ندى|Nada;وعد|Waad;أروى|Arwa;بشرى|Bushra|Boushra;غادة|Ghada;مها|Maha",
        "s": "الشمري|Al-Shammari|Alshammari|Al-Shamari;العنزي|Al-Anazi|Alanazi|Al-Enezi;"
        "السبيعي|Al-Subaie|Alsubaie|Al-Subai;البقمي|Al-Baqami|Albaqami;"
        "العمري|Al-Omari|Alomari|Al-Umari;الرشيدي|Al-Rashidi|Alrashidi;الأحمدي|Al-Ahmadi|Alahmadi;"
        "الشهراني|Al-Shahrani|Alshahrani;المالكي|Al-Maliki|Almalki|Al-Malki;"
        "السهلي|Al-Sahli|Alsahli;الجهني|Al-Juhani|Aljuhani|Al-Johani;الحارثي|Al-Harthi|Alharthi;"
        "العسيري|Al-Asiri|Alasiri|Al-Assiri;اليامي|Al-Yami|Alyami;الخالدي|Al-Khalidi|Alkhalidi;"
        "الشريف|Al-Sharif|Alsharif;الثبيتي|Al-Thubaiti|Althubaiti;الرويلي|Al-Ruwaili|Alruwaili;"
        "الشمراني|Al-Shamrani|Alshamrani;الصالح|Al-Saleh|Alsaleh;القرني|Al-Qarni|Alqarni;"
        "الفيفي|Al-Faifi|Alfaifi;البلوي|Al-Balawi|Albalawi;السلمي|Al-Sulami|Alsulami|Al-Solami;"
        "الخثعمي|Al-Khathami|Alkhathami;الرشيد|Al-Rashid|Alrashid;الحمدان|Al-Hamdan|Alhamdan;"
        "التميمي|Al-Tamimi|Altamimi",
    },
    "MAR": {
        "m": "أحمد|Ahmed|Ahmad;عبد الله|Abdellah|Abdallah|Abdullah;مصطفى|Mustapha|Mostafa|Moustafa;"
        "عمر|Omar;إدريس|Driss|Idriss|Idris;عبد الكريم|Abdelkrim|Abdelkarim;"
        "عبد العزيز|Abdelaziz;خالد|Khalid|Khaled;حميد|Hamid;نور الدين|Noureddine|Nour-Eddine;"
        "إبراهيم|Brahim|Ibrahim;عزيز|Aziz;كريم|Karim;عادل|Adil|Adel;ياسين|Yassine|Yasin;"
        "أيوب|Ayoub|Ayyub;حمزة|Hamza;مهدي|Mehdi|Mahdi;عبد السلام|Abdeslam|Abdessalam;"
        "لحسن|Lahcen|Lahsen;جمال|Jamal|Djamal;سفيان|Soufiane|Sofiane|Sufyan;أنس|Anas;"
        "إسماعيل|Ismail|Smail",
        "f": "عائشة|Aicha|Aisha;نادية|Nadia;سعاد|Souad|Suad;لطيفة|Latifa;إيمان|Imane|Iman;"
        "نعيمة|Naima;أسماء|Asmae|Asmaa|Asma;سناء|Sanaa|Sana;هدى|Houda|Huda;كريمة|Karima;"
        "مليكة|Malika;رشيدة|Rachida|Rashida;نجاة|Najat;سميرة|Samira;وفاء|Wafae|Wafaa;حياة|Hayat;"
        "ليلى|Leila|Laila;إكرام|Ikram;نوال|Naoual|Nawal;صفاء|Safae|Safaa;ياسمين|Yasmine|Yasmin;"
        "هاجر|Hajar;كوثر|Kaoutar|Kawtar|Kawthar;غزلان|Ghizlane|Ghizlan",
        "s": "العلمي|Alami|El Alami|Al-Alami;برادة|Berrada|Barada;الشرايبي|Chraibi|Chraybi;"
        "لحلو|Lahlou|Lahlu;السبتي|Sebti|Sabti;الكتاني|Kettani|El Kettani|Al-Kattani;"
        "كسوس|Guessous;الناصري|Naciri|Nassiri|Al-Nasiri;بنكيران|Benkirane|Ben Kiran;"
        "الوزاني|Ouazzani|El Ouazzani|Wazzani;الطاهري|Tahiri|Taheri;بوزيد|Bouzid;"
        "العمراني|El Amrani|Amrani|Al-Amrani;الحسني|El Hassani|Hassani|Al-Hasani;"
        "المنصوري|Mansouri|El Mansouri|Al-Mansuri;البقالي|Bakkali|El Bakkali;"
        "بلحاج|Belhaj|Belhadj;البخاري|Boukhari|El Boukhari|Al-Bukhari;الزروالي|Zerouali;"
        "بنموسى|Benmoussa|Ben Moussa;الحداد|Haddad|El Haddad;الرحموني|Rahmouni;بوعزة|Bouazza;"
        "القباج|Kabbaj|El Kabbaj;بنسليمان|Benslimane|Ben Slimane;الخطابي|El Khattabi|Khattabi;"
        "الزياني|Ziani|Zayani;السليماني|Slimani|Sulaymani",
    },
    "IRQ": {
        "m": "أحمد|Ahmed|Ahmad;مصطفى|Mustafa|Mostafa;حسن|Hassan|Hasan;عمر|Omar|Umar;"
        "جعفر|Jaafar|Jafar;مهدي|Mahdi|Mehdi;سجاد|Sajjad|Sajad;مرتضى|Murtadha|Murtada|Mortada;"
        "عبد الله|Abdullah|Abdallah;يوسف|Yousif|Yusuf|Yousef;إبراهيم|Ibrahim;خالد|Khalid|Khaled;"
        "كاظم|Kadhim|Kazem|Kazim;جاسم|Jasim|Jassim|Jasem;صادق|Sadiq|Sadeq;رضا|Ridha|Reda|Rida;"
        "أمير|Ameer|Amir;زيد|Zaid|Zeid|Zayd;عدي|Uday|Odai;قاسم|Qasim|Kassem|Qassim;"
        "ماجد|Majid|Majed;ياسر|Yasir|Yasser;سيف|Saif|Sayf;منتظر|Muntadhar|Muntazer",
        "f": "سارة|Sara|Sarah;آية|Aya|Ayah;هدى|Huda|Hoda;إسراء|Israa|Esraa;شهد|Shahad;"
        "رسل|Rusul|Rosul;دعاء|Duaa|Doaa;سجى|Saja;بنين|Baneen|Banin;حوراء|Hawraa|Haura;"
        "غدير|Ghadeer|Ghadir;أمل|Amal;ندى|Nada;هند|Hind;سعاد|Suad|Souad;ليلى|Layla|Leila;"
        "خديجة|Khadija|Khadeeja;عائشة|Aisha|Ayesha;منى|Muna|Mona;رغد|Raghad;طيبة|Taiba|Tayba;"
        "أسماء|Asmaa|Asma;إيمان|Iman|Eman;ضحى|Dhuha|Duha",
        "s": "الشمري|Al-Shammari|Alshammari;الزبيدي|Al-Zubaidi|Alzubaidi|Al-Zubaydi;"
        "الكعبي|Al-Kaabi|Alkaabi;الحسيني|Al-Husseini|Alhusseini|Al-Husayni;الجنابي|Al-Janabi|Aljanabi;"
        "العزاوي|Al-Azzawi|Alazzawi;الكبيسي|Al-Kubaisi|Alkubaisi|Al-Kubaysi;"
        "السامرائي|Al-Samarrai|Alsamarrai|Al-Samarraie;التكريتي|Al-Tikriti|Altikriti;"
        "البغدادي|Al-Baghdadi|Albaghdadi;الحلي|Al-Hilli|Alhilli;النجفي|Al-Najafi|Alnajafi;"
        "البصري|Al-Basri|Albasri;الموصلي|Al-Mosuli|Almosuli|Al-Mawsili;الأسدي|Al-Asadi|Alasadi;"
        "الطائي|Al-Taie|Altaie|Al-Tai;العامري|Al-Amiri|Alameri|Al-Ameri;الحكيم|Al-Hakim|Alhakim;"
        "الياسري|Al-Yasiri|Alyasiri;العكيلي|Al-Ogaili|Alogaili|Al-Akili;"
        "المالكي|Al-Maliki|Almaliki;الفتلاوي|Al-Fatlawi|Alfatlawi;الدراجي|Al-Darraji|Aldarraji;"
        "الخزرجي|Al-Khazraji|Alkhazraji;الشيخلي|Al-Sheikhly|Alsheikhly;الراوي|Al-Rawi|Alrawi;"
        "الهاشمي|Al-Hashimi|Alhashimi;العاني|Al-Ani|Alani",
    },
    "GRC": {
        "m": "Χρήστος|Christos|Hristos;Βασίλειος|Vasileios|Vasilis|Vassilios;"
        "Αθανάσιος|Athanasios|Thanasis;Μιχαήλ|Michail|Michalis|Mihail;Ευάγγελος|Evangelos|Vangelis;"
        "Σπυρίδων|Spyridon|Spyros|Spiros;Αντώνιος|Antonios|Antonis;Ανδρέας|Andreas;"
        "Στυλιανός|Stylianos|Stelios;Θεόδωρος|Theodoros|Thodoris;Εμμανουήλ|Emmanouil|Manolis;"
        "Ηλίας|Ilias|Elias;Αλέξανδρος|Alexandros|Aleksandros;"
        "Χαράλαμπος|Charalampos|Haralambos|Babis;Σωτήριος|Sotirios|Sotiris;Απόστολος|Apostolos;"
        "Πέτρος|Petros;Άγγελος|Angelos|Aggelos;Ευστάθιος|Efstathios|Stathis;"
        "Στέφανος|Stefanos|Stephanos;Λεωνίδας|Leonidas;Αναστάσιος|Anastasios|Tasos;"
        "Σταύρος|Stavros;Φώτιος|Fotios|Photios",
        "f": "Γεωργία|Georgia;Ευαγγελία|Evangelia|Evaggelia;Δήμητρα|Dimitra;Ειρήνη|Eirini|Irini|Irene;"
        "Κωνσταντίνα|Konstantina|Constantina;Παναγιώτα|Panagiota|Panayiota;Αναστασία|Anastasia;"
        "Χριστίνα|Christina|Hristina;Αγγελική|Angeliki|Aggeliki;Θεοδώρα|Theodora;"
        "Ευτυχία|Eftychia|Eftihia;Δέσποινα|Despoina|Despina;Αθηνά|Athina|Athena;Ιωάννα|Ioanna;"
        "Νικολέτα|Nikoleta|Nicoletta;Σταυρούλα|Stavroula;Χρυσούλα|Chrysoula|Hrisoula;"
        "Φωτεινή|Foteini|Fotini;Κυριακή|Kyriaki|Kiriaki;Παρασκευή|Paraskevi;Ζωή|Zoi|Zoe;"
        "Ευγενία|Evgenia|Eugenia;Αλεξάνδρα|Alexandra|Aleksandra",
        "s": "Παπαγεωργίου|Papageorgiou;Παπανικολάου|Papanikolaou;Ιωάννου|Ioannou;Αντωνίου|Antoniou;"
        "Κωνσταντίνου|Konstantinou|Constantinou;Χριστοδούλου|Christodoulou;"
        "Παπαδημητρίου|Papadimitriou;Μακρής|Makris;Παππάς|Pappas|Papas;"
        "Κωνσταντινίδης|Konstantinidis|Constantinidis;Γεωργιάδης|Georgiadis;Αθανασίου|Athanasiou;"
        "Πετρόπουλος|Petropoulos;Δημόπουλος|Dimopoulos;Ιωαννίδης|Ioannidis;"
        "Καραγιάννης|Karagiannis|Karayannis;Μιχαηλίδης|Michailidis|Mihailidis;"
        "Σταθόπουλος|Stathopoulos;Αλεξίου|Alexiou;Ζαχαρίου|Zachariou|Zahariou;"
        "Κυριακίδης|Kyriakidis|Kiriakidis;Βασιλείου|Vasileiou|Vassiliou;Θεοδωρίδης|Theodoridis;"
        "Σαββίδης|Savvidis|Savidis;Λαμπρόπουλος|Lampropoulos|Labropoulos;Χατζής|Chatzis|Hatzis;"
        "Αναστασίου|Anastasiou;Μαυρίδης|Mavridis;Οικονομίδης|Oikonomidis|Economidis;"
        "Σπυρόπουλος|Spyropoulos|Spiropoulos;Παναγιωτόπουλος|Panagiotopoulos|Panayotopoulos;"
        "Χριστόπουλος|Christopoulos|Hristopoulos;Καραμανλής|Karamanlis",
        "sf": "Παπαγεωργίου|Papageorgiou;Παπανικολάου|Papanikolaou;Ιωάννου|Ioannou;Αντωνίου|Antoniou;"
        "Κωνσταντίνου|Konstantinou|Constantinou;Χριστοδούλου|Christodoulou;"
        "Παπαδημητρίου|Papadimitriou;Μακρή|Makri;Παππά|Pappa|Papa;"
        "Κωνσταντινίδου|Konstantinidou|Constantinidou;Γεωργιάδου|Georgiadou;Αθανασίου|Athanasiou;"
        "Πετροπούλου|Petropoulou;Δημοπούλου|Dimopoulou;Ιωαννίδου|Ioannidou;"
        "Καραγιάννη|Karagianni|Karayanni;Μιχαηλίδου|Michailidou|Mihailidou;"
        "Σταθοπούλου|Stathopoulou;Αλεξίου|Alexiou;Ζαχαρίου|Zachariou|Zahariou;"
        "Κυριακίδου|Kyriakidou|Kiriakidou;Βασιλείου|Vasileiou|Vassiliou;Θεοδωρίδου|Theodoridou;"
        "Σαββίδου|Savvidou|Savidou;Λαμπροπούλου|Lampropoulou|Labropoulou;Χατζή|Chatzi|Hatzi;"
        "Αναστασίου|Anastasiou;Μαυρίδου|Mavridou;Οικονομίδου|Oikonomidou|Economidou;"
        "Σπυροπούλου|Spyropoulou|Spiropoulou;Παναγιωτοπούλου|Panagiotopoulou|Panayotopoulou;"
        "Χριστοπούλου|Christopoulou|Hristopoulou;Καραμανλή|Karamanli",
    },
    "CYP": {
        "m": "Γιώργος|Giorgos|Yiorgos|George;Κώστας|Costas|Kostas;Νίκος|Nicos|Nikos;"
        "Χρίστος|Christos|Hristos;Γιάννης|Yiannis|Giannis;Μάριος|Marios;Παύλος|Pavlos;"
        "Λοΐζος|Loizos;Στέλιος|Stelios;Σωτήρης|Sotiris;Δημήτρης|Demetris|Dimitris;"
        "Φοίβος|Phivos|Foivos;Αντώνης|Antonis|Andonis;Πέτρος|Petros;Θεόδωρος|Theodoros;"
        "Μάρκος|Markos|Marcos;Χαράλαμπος|Charalambos|Haralambos;Λεωνίδας|Leonidas;"
        "Ηλίας|Elias|Ilias;Σταύρος|Stavros;Αλέξανδρος|Alexandros;Τάσος|Tasos|Tassos;"
        "Νεόφυτος|Neophytos|Neofytos",
        "f": "Άννα|Anna;Κατερίνα|Katerina;Παναγιώτα|Panayiota|Panagiota;Σοφία|Sophia|Sofia;"
        "Χαρά|Chara|Hara;Δέσποινα|Despina|Despoina;Στέλλα|Stella;Ραφαέλα|Rafaela|Raphaela;"
        "Ναταλία|Natalia;Μαρίνα|Marina;Αθηνά|Athena|Athina;Ευαγγελία|Evangelia;"
        "Νικολέτα|Nicoletta|Nikoleta;Κυριακή|Kyriaki;Ανθή|Anthi;Δήμητρα|Demetra|Dimitra;"
        "Θεοδώρα|Theodora;Φωτεινή|Fotini|Foteini;Αντιγόνη|Antigoni|Antigone;Λουκία|Loukia;"
        "Μυρτώ|Myrto;Έλλη|Elli;Χρυστάλλα|Chrystalla|Christalla;Ειρήνη|Irene|Eirini",
        "s": "Παναγιώτου|Panayiotou|Panagiotou;Χριστοφόρου|Christoforou|Christophorou;"
        "Μιχαήλ|Michael|Michail;Πέτρου|Petrou;Ευαγγέλου|Evangelou;Λοΐζου|Loizou;Σάββα|Savva|Sava;"
        "Κυριάκου|Kyriakou;Θεοδώρου|Theodorou;Ανδρέου|Andreou;Στυλιανού|Stylianou;Παύλου|Pavlou;"
        "Νεοφύτου|Neophytou|Neofytou;Χριστοφή|Christofi|Christophi;Σωτηρίου|Sotiriou;"
        "Αθανασίου|Athanasiou;Δημητρίου|Demetriou|Dimitriou;Μαρκίδης|Markides|Markidis;"
        "Ηλία|Elia|Ilia;Κλεάνθους|Kleanthous|Cleanthous;Περικλέους|Pericleous|Perikleous;"
        "Αριστείδου|Aristidou;Ιακώβου|Iacovou|Iakovou;Ζαχαρίου|Zachariou;Αχιλλέως|Achilleos;"
        "Φιλίππου|Philippou|Filippou;Αναστασίου|Anastasiou;Σολωμού|Solomou;"
        "Χατζηγεωργίου|Hadjigeorgiou|Chatzigeorgiou;Γαβριήλ|Gavriel|Gavriil",
    },
    "CHN": {
        "m": "杰|Jie;涛|Tao;明|Ming;超|Chao;刚|Gang;平|Ping;辉|Hui;鹏|Peng;华|Hua;飞|Fei;鑫|Xin;波|Bo;"
        "斌|Bin;宇|Yu;浩|Hao;凯|Kai;健|Jian;俊|Jun;帆|Fan;帅|Shuai;旭|Xu;宁|Ning;龙|Long;峰|Feng;"
        "建国|Jianguo|Jian-Guo;建军|Jianjun|Jian-Jun;国强|Guoqiang|Guo-Qiang;文斌|Wenbin|Wen-Bin;"
        "晓明|Xiaoming|Xiao-Ming;志伟|Zhiwei|Zhi-Wei;子轩|Zixuan|Zi-Xuan;浩然|Haoran|Hao-Ran;"
        "宇轩|Yuxuan|Yu-Xuan",
        "f": "艳|Yan;玲|Ling;桂英|Guiying|Gui-Ying;秀兰|Xiulan|Xiu-Lan;霞|Xia;燕|Yan;红|Hong;丹|Dan;"
        "萍|Ping;婷|Ting;雪|Xue;颖|Ying;琳|Lin;倩|Qian;莉|Li;晶|Jing;慧|Hui;佳|Jia;梅|Mei;兰|Lan;"
        "欣怡|Xinyi|Xin-Yi;子涵|Zihan|Zi-Han;雨桐|Yutong|Yu-Tong;诗涵|Shihan|Shi-Han;"
        "海燕|Haiyan|Hai-Yan;丽娟|Lijuan|Li-Juan;春梅|Chunmei|Chun-Mei;玉兰|Yulan|Yu-Lan",
        "s": "吴|Wu|Ng;周|Zhou|Chou|Chow;徐|Xu|Hsu|Tsui;孙|Sun|Suen;马|Ma;朱|Zhu|Chu;胡|Hu|Wu;"
        "郭|Guo|Kuo|Kwok;何|He|Ho;高|Gao|Kao|Ko;林|Lin|Lam;罗|Luo|Lo|Law;郑|Zheng|Cheng;"
        "梁|Liang|Leung;谢|Xie|Hsieh|Tse;宋|Song|Sung;唐|Tang|Tong;许|Xu|Hsu|Hui;韩|Han;"
        "冯|Feng|Fung;邓|Deng|Teng|Tang;曹|Cao|Tsao|Cho;彭|Peng|Pang;曾|Zeng|Tseng|Tsang;"
        "肖|Xiao|Hsiao;田|Tian|Tien;董|Dong|Tung;袁|Yuan|Yuen;潘|Pan|Poon;于|Yu;蒋|Jiang|Chiang;"
        "蔡|Cai|Tsai|Choi;余|Yu|Yue;杜|Du|Tu|To;叶|Ye|Yeh|Yip;程|Cheng|Ching;魏|Wei|Ngai;"
        "吕|Lu|Lyu|Lui;丁|Ding|Ting;沈|Shen|Shum",
    },
    "TWN": {
        "m": "承恩|Cheng-en|Chengen;宗翰|Tsung-han|Zonghan;柏翰|Po-han|Bohan;彥廷|Yen-ting|Yanting;"
        "家銘|Chia-ming|Jiaming;俊宏|Chun-hung|Junhong;志豪|Chih-hao|Zhihao;建志|Chien-chih|Jianzhi;"
        "明輝|Ming-hui|Minghui;文雄|Wen-hsiung|Wenxiong;國華|Kuo-hua|Guohua;"
        "志強|Chih-chiang|Zhiqiang;冠廷|Kuan-ting|Guanting;宇軒|Yu-hsuan|Yuxuan;品睿|Pin-jui|Pinrui;"
        "宥廷|Yu-ting|Youting;承翰|Cheng-han|Chenghan;哲瑋|Che-wei|Zhewei;信宏|Hsin-hung|Xinhong;"
        "俊賢|Chun-hsien|Junxian;明哲|Ming-che|Mingzhe;文彬|Wen-pin|Wenbin;嘉文|Chia-wen|Jiawen;"
        "柏宇|Po-yu|Boyu;偉誠|Wei-cheng|Weicheng",
        "f": "淑貞|Shu-chen|Shuzhen;美惠|Mei-hui|Meihui;麗華|Li-hua|Lihua;淑娟|Shu-chuan|Shujuan;"
        "佳蓉|Chia-jung|Jiarong;雅雯|Ya-wen|Yawen;怡婷|Yi-ting|Yiting;詩涵|Shih-han|Shihan;"
        "宜蓁|Yi-chen|Yizhen;欣妤|Hsin-yu|Xinyu;佩珊|Pei-shan|Peishan;佳穎|Chia-ying|Jiaying;"
        "雅琪|Ya-chi|Yaqi;思妤|Szu-yu|Siyu;心怡|Hsin-yi|Xinyi;郁婷|Yu-ting|Yuting;"
        "秀英|Hsiu-ying|Xiuying;玉蘭|Yu-lan|Yulan;麗娟|Li-chuan|Lijuan;惠玲|Hui-ling|Huiling;"
        "曉雯|Hsiao-wen|Xiaowen;靜怡|Ching-yi|Jingyi;品妍|Pin-yen|Pinyan;筱涵|Hsiao-han|Xiaohan",
        "s": "蔡|Tsai|Cai|Choi;楊|Yang|Yeung;許|Hsu|Xu|Hui;鄭|Cheng|Zheng;謝|Hsieh|Xie|Tse;"
        "郭|Kuo|Guo|Kwok;洪|Hung|Hong;曾|Tseng|Zeng|Tsang;邱|Chiu|Qiu|Yau;廖|Liao;賴|Lai;"
        "周|Chou|Zhou|Chow;徐|Hsu|Xu|Tsui;蘇|Su|So;葉|Yeh|Ye|Yip;莊|Chuang|Zhuang|Chong;"
        "呂|Lu|Lyu|Lui;江|Chiang|Jiang|Kong;何|Ho|He;蕭|Hsiao|Xiao|Siu;羅|Lo|Luo|Law;"
        "高|Kao|Gao|Ko;潘|Pan|Poon;簡|Chien|Jian|Kan;朱|Chu|Zhu;鍾|Chung|Zhong;彭|Peng|Pang;"
        "游|Yu|You|Yau;詹|Chan|Zhan;胡|Hu|Wu;施|Shih|Shi|Sze;沈|Shen|Shum;余|Yu|Yue;"
        "趙|Chao|Zhao|Chiu;盧|Lu|Lo|Lou;梁|Liang|Leung;顏|Yen|Yan|Ngan;柯|Ko|Ke;孫|Sun|Suen",
    },
    "KOR": {
        "m": "준서|Jun-seo|Junseo|Joon Seo;예준|Ye-jun|Yejun|Ye Joon;시우|Si-u|Siu|Si Woo;"
        "주원|Ju-won|Juwon|Joo Won;하준|Ha-jun|Hajun|Ha Joon;지훈|Ji-hoon|Jihun|Jihoon;"
        "준우|Jun-woo|Junu|Junwoo;건우|Geon-woo|Geonu|Gun Woo;우진|Woo-jin|Ujin|Woojin;"
        "영수|Young-soo|Yeongsu|Youngsoo;영호|Young-ho|Yeongho|Youngho;"
        "영철|Young-chul|Yeongcheol|Youngchul;상훈|Sang-hoon|Sanghun|Sanghoon;"
        "동현|Dong-hyun|Donghyeon|Donghyun;정훈|Jung-hoon|Jeonghun|Junghoon;"
        "재현|Jae-hyun|Jaehyeon|Jaehyun;성호|Sung-ho|Seongho|Sungho;민수|Min-soo|Minsu|Minsoo;"
        "승민|Seung-min|Seungmin;태현|Tae-hyun|Taehyeon|Taehyun;준호|Jun-ho|Junho|Joon Ho;"
        "진우|Jin-woo|Jinu|Jinwoo;경수|Kyung-soo|Gyeongsu|Kyungsoo;광수|Kwang-soo|Gwangsu|Kwangsoo",
        "f": "하은|Ha-eun|Haeun;지우|Ji-woo|Jiu|Jiwoo;서윤|Seo-yun|Seoyun|Seo Yoon;"
        "하윤|Ha-yun|Hayun|Ha Yoon;지아|Ji-a|Jia;수아|Su-a|Sua|Soo Ah;예은|Ye-eun|Yeeun;"
        "채원|Chae-won|Chaewon;유진|Yu-jin|Yujin|Yoo Jin;미영|Mi-young|Miyeong|Miyoung;"
        "영희|Young-hee|Yeonghui|Younghee;정희|Jung-hee|Jeonghui|Junghee;순자|Soon-ja|Sunja|Soonja;"
        "미경|Mi-kyung|Migyeong|Mikyung;현주|Hyun-joo|Hyeonju|Hyunjoo;"
        "은영|Eun-young|Eunyeong|Eunyoung;혜진|Hye-jin|Hyejin;수진|Su-jin|Sujin|Soo Jin;"
        "지은|Ji-eun|Jieun;민서|Min-seo|Minseo;다은|Da-eun|Daeun;소연|So-yeon|Soyeon;"
        "윤서|Yun-seo|Yunseo|Yoon Seo;경희|Kyung-hee|Gyeonghui|Kyunghee",
        "s": "장|Jang|Chang;임|Lim|Im|Yim;한|Han;오|Oh|O;서|Seo|Suh;신|Shin|Sin;권|Kwon|Gwon;"
        "황|Hwang;안|Ahn|An;송|Song;류|Ryu|Yoo|Yu;전|Jeon|Jun|Chun;홍|Hong;고|Ko|Go;문|Moon|Mun;"
        "양|Yang;손|Son|Sohn;배|Bae|Pae;백|Baek|Paik|Baik;허|Heo|Huh|Hur;유|Yoo|Yu;남|Nam;"
        "심|Shim|Sim;노|Noh|No|Roh;하|Ha;곽|Kwak|Gwak;성|Sung|Seong;차|Cha;주|Joo|Ju|Chu;우|Woo|U;"
        "구|Koo|Gu;민|Min;진|Jin|Chin;나|Na|Ra;지|Ji|Chi;엄|Eom|Um|Uhm;채|Chae;원|Won;천|Cheon|Chun",
    },
    "JPN": {
        "m": "翔=ショウ|Sho|Shou|Shoh;蓮=レン|Ren;大翔=ヒロト|Hiroto;陽翔=ハルト|Haruto;"
        "悠真=ユウマ|Yuma|Yuuma;湊=ミナト|Minato;誠=マコト|Makoto;隆=タカシ|Takashi;健太=ケンタ|Kenta;"
        "大樹=ダイキ|Daiki;亮=リョウ|Ryo|Ryou|Ryoh;直樹=ナオキ|Naoki;和也=カズヤ|Kazuya;"
        "達也=タツヤ|Tatsuya;哲也=テツヤ|Tetsuya;雄一=ユウイチ|Yuichi|Yuuichi;修=オサム|Osamu;"
        "清=キヨシ|Kiyoshi;茂=シゲル|Shigeru;勇気=ユウキ|Yuki|Yuuki;颯太=ソウタ|Sota|Souta|Sohta;"
        "悠斗=ユウト|Yuto|Yuuto;一郎=イチロウ|Ichiro|Ichirou|Ichiroh;秀樹=ヒデキ|Hideki",
        "f": "結衣=ユイ|Yui;陽菜=ヒナ|Hina;葵=アオイ|Aoi;凛=リン|Rin;芽依=メイ|Mei;美優=ミユ|Miyu;"
        "愛=アイ|Ai;真由美=マユミ|Mayumi;裕子=ユウコ|Yuko|Yuuko|Yuhko;智子=トモコ|Tomoko;"
        "久美子=クミコ|Kumiko;直美=ナオミ|Naomi;明美=アケミ|Akemi;幸子=サチコ|Sachiko;"
        "京子=キョウコ|Kyoko|Kyouko|Kyohko;恵=メグミ|Megumi;舞=マイ|Mai;彩=アヤ|Aya;"
        "千尋=チヒロ|Chihiro;香織=カオリ|Kaori;奈々=ナナ|Nana;美穂=ミホ|Miho;理恵=リエ|Rie;"
        "友美=トモミ|Tomomi;沙織=サオリ|Saori",
        "s": "小林=コバヤシ|Kobayashi;加藤=カトウ|Kato|Katou|Katoh;吉田=ヨシダ|Yoshida;"
        "山田=ヤマダ|Yamada;佐々木=ササキ|Sasaki;山口=ヤマグチ|Yamaguchi;松本=マツモト|Matsumoto;"
        "井上=イノウエ|Inoue;木村=キムラ|Kimura;林=ハヤシ|Hayashi;斎藤=サイトウ|Saito|Saitou|Saitoh;"
        "清水=シミズ|Shimizu;山崎=ヤマザキ|Yamazaki|Yamasaki;森=モリ|Mori;池田=イケダ|Ikeda;"
        "橋本=ハシモト|Hashimoto;阿部=アベ|Abe;石川=イシカワ|Ishikawa;山下=ヤマシタ|Yamashita;"
        "中島=ナカジマ|Nakajima|Nakashima;石井=イシイ|Ishii;小川=オガワ|Ogawa;前田=マエダ|Maeda;"
        "岡田=オカダ|Okada;長谷川=ハセガワ|Hasegawa;藤田=フジタ|Fujita;後藤=ゴトウ|Goto|Gotou|Gotoh;"
        "近藤=コンドウ|Kondo|Kondou|Kondoh;村上=ムラカミ|Murakami;遠藤=エンドウ|Endo|Endou|Endoh;"
        "青木=アオキ|Aoki;坂本=サカモト|Sakamoto;福田=フクダ|Fukuda;太田=オオタ|Ota|Oota|Ohta;"
        "西村=ニシムラ|Nishimura;藤井=フジイ|Fujii;金子=カネコ|Kaneko;岡本=オカモト|Okamoto;"
        "藤原=フジワラ|Fujiwara",
    },
    "ISR": {
        "m": "יעקב|Yaakov|Yakov|Jacob;דניאל|Daniel;אריאל|Ariel;איתי|Itai|Itay;נועם|Noam;"
        "יונתן|Yonatan|Jonathan;אורי|Uri;עומר|Omer;איתן|Eitan|Ethan;שמואל|Shmuel|Samuel;"
        "חיים|Haim|Chaim|Hayim;מאיר|Meir;אליהו|Eliyahu|Eliahu;שלמה|Shlomo;יהודה|Yehuda|Judah;"
        "בנימין|Binyamin|Benjamin;רון|Ron;אמיר|Amir;גיא|Guy|Gai;עידו|Ido|Iddo;אחמד|Ahmad|Ahmed;"
        "עלי|Ali;תומר|Tomer;ישראל|Israel|Yisrael",
        "f": "יעל|Yael|Jael;מאיה|Maya|Maia;שירה|Shira;אביגיל|Avigail|Abigail;הדס|Hadas|Hadass;"
        "רבקה|Rivka|Rebecca;לאה|Leah|Lea;חנה|Hana|Hannah|Chana;רות|Ruth|Rut;אורית|Orit;דנה|Dana;"
        "נעמה|Naama;ליאור|Lior;טליה|Talia|Talya;אילנה|Ilana;מירב|Merav;רונית|Ronit;"
        "שושנה|Shoshana;אפרת|Efrat|Ephrat;גלית|Galit;עדי|Adi;ליה|Lia",
        "s": "אוחיון|Ohayon|Ohaion;דהן|Dahan;חדד|Hadad|Haddad;גבאי|Gabay|Gabbai;עמר|Amar|Ammar;"
        "שפירא|Shapira|Shapiro;כץ|Katz|Kats;מלכה|Malka;אוחנה|Ohana;יוסף|Yosef|Joseph;קליין|Klein;"
        "חורי|Khoury|Houri;רוזנברג|Rosenberg|Rozenberg;גולדברג|Goldberg;אלון|Alon;שרון|Sharon;"
        "ברק|Barak;אשכנזי|Ashkenazi;וקנין|Vaknin|Waknin;בוזגלו|Buzaglo|Bouzaglo;אדלר|Adler;"
        "חזן|Hazan|Chazan;ששון|Sasson|Sason;אלמוג|Almog;שטרן|Stern|Shtern;וייס|Weiss|Vais;"
        "נחום|Nahum;סלאמה|Salama|Salameh;גרין|Green|Grin",
    },
    "THA": {
        "m": "สมบัติ|Sombat|Sombut;สมพงษ์|Somphong|Sompong;ประยุทธ์|Prayut|Prayuth;"
        "ณัฐพล|Natthaphon|Nattapon;ธนพล|Thanaphon|Thanapon;กิตติ|Kitti;อภิชาติ|Aphichat|Apichat;"
        "วีระ|Wira|Weera|Veera;สุทธิ|Sutthi|Suthi;บุญชัย|Bunchai|Boonchai;ชัยวัฒน์|Chaiwat;"
        "สุเทพ|Suthep;พงศกร|Phongsakon|Pongsakorn;ธีรวัฒน์|Thirawat|Teerawat;อนันต์|Anan;"
        "วิทยา|Witthaya|Wittaya|Vittaya;เกียรติศักดิ์|Kiattisak|Kiatisak;ปิยะ|Piya;"
        "สมหมาย|Sommai|Sommay;บุญเลิศ|Bunloet|Boonlert;ธนากร|Thanakon|Thanakorn;ศักดิ์ชัย|Sakchai",
        "f": "สุนีย์|Suni|Sunee;วิไล|Wilai|Vilai;รัชนี|Ratchani|Rachanee;พรทิพย์|Phonthip|Porntip;"
        "สุภาพร|Suphaphon|Supaporn;ณัฐธิดา|Natthida|Nattida;กาญจนา|Kanchana|Karnchana;"
        "อรุณี|Aruni|Arunee;ปราณี|Prani|Pranee;บุษบา|Butsaba|Busaba;ศิริพร|Siriphon|Siriporn;"
        "นงลักษณ์|Nonglak|Nongluk;อัญชลี|Anchali|Anchalee;ดวงใจ|Duangchai|Duangjai;"
        "รัตนา|Rattana|Ratana;สมใจ|Somchai|Somjai;เพ็ญศรี|Phensi|Pensri;"
        "ทิพวรรณ|Thipphawan|Tippawan;จิราพร|Chiraphon|Jiraporn;อรทัย|Orathai|Oratai;"
        "ปิยะนุช|Piyanut|Piyanuch",
        "s": "ศรีสวัสดิ์|Srisawat|Sisawat;แสงทอง|Saengthong|Sangthong;ทองคำ|Thongkham|Tongkam;"
        "บุญยืน|Bunyuen|Boonyuen;จันทร์แก้ว|Chankaeo|Jankaew;ทองมา|Thongma|Tongma;"
        "พรหมมา|Phromma|Promma;ศรีทอง|Srithong|Sithong;บุญเรือง|Bunrueang|Boonruang;"
        "สายทอง|Saithong;มณีวงศ์|Maniwong|Maneewong;เจริญสุข|Charoensuk|Jaroensuk;"
        "ปัญญาดี|Panyadi|Punyadee;ใจดี|Chaidi|Jaidee;ทองสุข|Thongsuk|Tongsuk;วงศ์ใหญ่|Wongyai;"
        "ศรีวงศ์|Sriwong|Siwong;สมบูรณ์|Sombun|Somboon;รุ่งเรือง|Rungrueang|Rungruang;"
        "มีสุข|Misuk|Meesuk;อินทร์แก้ว|Inkaeo|Inkaew;ชัยมงคล|Chaimongkhon|Chaimongkol;"
        "บุญประเสริฐ|Bunprasoet|Boonprasert;ทองประเสริฐ|Thongprasoet|Tongprasert",
    },
    "GEO": {
        "m": "ალექსანდრე|Aleksandre|Alexandre;ლუკა|Luka;გიგა|Giga;ნიკა|Nika;დიმიტრი|Dimitri;"
        "თორნიკე|Tornike;ლაშა|Lasha;ბექა|Beka;ვახტანგ|Vakhtang|Wachtang;თემურ|Temur|Temuri;"
        "ზაზა|Zaza;მამუკა|Mamuka;გოგა|Goga;კობა|Koba;შოთა|Shota;ოთარ|Otar|Otari;"
        "ვლადიმერ|Vladimer|Vladimir;ილია|Ilia;სანდრო|Sandro;ტარიელ|Tariel;მერაბ|Merab;"
        "ავთანდილ|Avtandil;ნოდარ|Nodar|Nodari",
        "f": "ელენე|Elene|Elena;ქეთევან|Ketevan;მაია|Maia|Maya;ნანა|Nana;თამთა|Tamta;სალომე|Salome;"
        "ნათელა|Natela;ლიკა|Lika;მანანა|Manana;ხათუნა|Khatuna;ირმა|Irma;ლალი|Lali;მზია|Mzia;"
        "ციცინო|Tsitsino;თინათინ|Tinatin;ეთერ|Eter|Eteri;ნატო|Nato;ლელა|Lela;ია|Ia;მარინე|Marine;"
        "დარეჯან|Darejan|Daredzhan;ნესტან|Nestan;გვანცა|Gvantsa",
        "s": "კვარაცხელია|Kvaratskhelia;ბოლქვაძე|Bolkvadze;ნოზაძე|Nozadze;აბულაძე|Abuladze;"
        "ხუციშვილი|Khutsishvili;ტაბატაძე|Tabatadze;კიკნაძე|Kiknadze;მჭედლიძე|Mchedlidze|Mtchedlidze;"
        "ჩხეიძე|Chkheidze|Tchkheidze;დოლიძე|Dolidze;კაკაბაძე|Kakabadze;ნაჭყებია|Nachkebia;"
        "ჯანელიძე|Janelidze|Dzhanelidze;ბურჯანაძე|Burjanadze|Burdzhanadze;შენგელია|Shengelia;"
        "ჯიქია|Jikia|Dzhikia;ჭანტურია|Chanturia;ღლონტი|Ghlonti;გაბუნია|Gabunia;"
        "ლორთქიფანიძე|Lortkipanidze;ბერიშვილი|Berishvili;ნადირაძე|Nadiradze;თოდუა|Todua;"
        "ბარამიძე|Baramidze;კობახიძე|Kobakhidze;გამსახურდია|Gamsakhurdia;სააკაშვილი|Saakashvili;"
        "მარგველაშვილი|Margvelashvili;ღარიბაშვილი|Gharibashvili|Garibashvili;მიქელაძე|Mikeladze;"
        "ჩიქოვანი|Chikovani",
    },
    "ARM": {
        "m": "Արման|Arman;Գևորգ|Gevorg|Gevork;Հովհաննես|Hovhannes|Ovanes|Hovannes;Սամվել|Samvel;"
        "Վահե|Vahe;Արթուր|Artur|Arthur;Կարեն|Karen;Գագիկ|Gagik;Աշոտ|Ashot;Վարդան|Vardan|Vartan;"
        "Սուրեն|Suren;Ռուբեն|Ruben;Արսեն|Arsen;Էդգար|Edgar;Հրաչյա|Hrachya|Grachya;Մհեր|Mher;"
        "Սերգեյ|Sergey|Sergei;Գրիգոր|Grigor;Վահագն|Vahagn|Vaagn;Լևոն|Levon;Արտաշես|Artashes;"
        "Նիկոլ|Nikol;Ռոբերտ|Robert;Էրիկ|Erik",
        "f": "Մարինե|Marine;Գոհար|Gohar;Ռուզաննա|Ruzanna;Արմինե|Armine;Սիրանուշ|Siranush|Siranoush;"
        "Հասմիկ|Hasmik|Asmik;Լիլիթ|Lilit|Lilith;Աննա|Anna;Նունե|Nune;Սոնա|Sona;Տաթևիկ|Tatevik;"
        "Անժելա|Anzhela|Angela;Կարինե|Karine;Զարուհի|Zaruhi|Zarui;Հռիփսիմե|Hripsime|Ripsime;"
        "Աստղիկ|Astghik;Նաիրա|Naira;Մերի|Meri|Mary;Արփինե|Arpine;Էլեն|Elen;"
        "Սյուզաննա|Syuzanna|Susanna;Վարդուհի|Varduhi|Vardui;Էմմա|Emma",
        "s": "Վարդանյան|Vardanyan|Vardanian;Հակոբյան|Hakobyan|Akopyan|Hakobian;"
        "Կարապետյան|Karapetyan|Karapetian;Գևորգյան|Gevorgyan|Gevorkyan|Gevorgian;"
        "Մանուկյան|Manukyan|Manukian;Մարտիրոսյան|Martirosyan|Martirosian;"
        "Սահակյան|Sahakyan|Saakyan|Sahakian;Ղազարյան|Ghazaryan|Kazaryan|Ghazarian;"
        "Ստեփանյան|Stepanyan|Stepanian;Մելքոնյան|Melkonyan|Melkonian;"
        "Բաղդասարյան|Baghdasaryan|Bagdasaryan|Baghdasarian;Միքայելյան|Mikayelyan|Mikaelyan|Mikaelian;"
        "Հայրապետյան|Hayrapetyan|Airapetyan|Hayrapetian;Ալեքսանյան|Aleksanyan|Alexanian;"
        "Սիմոնյան|Simonyan|Simonian;Առաքելյան|Arakelyan|Arakelian;Զաքարյան|Zakaryan|Zakarian;"
        "Մինասյան|Minasyan|Minasian;Դավթյան|Davtyan|Davtian;Աբրահամյան|Abrahamyan|Abramyan|Abrahamian;"
        "Մովսիսյան|Movsisyan|Movsesyan|Movsesian;Համբարձումյան|Hambardzumyan|Ambartsumyan|Hambartsumian;"
        "Գասպարյան|Gasparyan|Gasparian;Պողոսյան|Poghosyan|Pogosyan|Boghossian;"
        "Եղիազարյան|Yeghiazaryan|Egiazaryan;Նազարյան|Nazaryan|Nazarian;Թորոսյան|Torosyan|Torosian;"
        "Շահինյան|Shahinyan|Shaginyan|Shahinian;Սողոմոնյան|Soghomonyan|Sogomonyan;"
        "Ավագյան|Avagyan|Avagian;Աղաջանյան|Aghajanyan|Agadzhanyan;Բաբայան|Babayan|Babaian",
    },
    "IND": {
        "m": "संजय|Sanjay|Sanjai;अजय|Ajay|Ajai;राजू|Raju;मनोज|Manoj;सुनील|Sunil;अनिल|Anil;रवि|Ravi;"
        "दीपक|Deepak|Dipak;अशोक|Ashok;राकेश|Rakesh;मुकेश|Mukesh;संदीप|Sandeep|Sandip;विकास|Vikas;"
        "आकाश|Akash|Aakash;अर्जुन|Arjun;रोहित|Rohit;नरेंद्र|Narendra;प्रकाश|Prakash;रमेश|Ramesh;"
        "महेश|Mahesh;गणेश|Ganesh;सचिन|Sachin;अंकित|Ankit;आदित्य|Aditya",
        "f": "सीता|Sita|Seeta;गीता|Gita|Geeta;रीता|Rita|Reeta;कविता|Kavita|Kavitha;सुमन|Suman;"
        "रेखा|Rekha;ममता|Mamta|Mamata;आरती|Aarti|Arti;मीना|Meena|Mina;उषा|Usha;निशा|Nisha;"
        "ज्योति|Jyoti;दिव्या|Divya;अंजलि|Anjali;सरिता|Sarita;पार्वती|Parvati|Parvathi;रानी|Rani;"
        "शालिनी|Shalini;स्वाति|Swati;प्रियंका|Priyanka;काजल|Kajal;सोनिया|Sonia|Soniya;"
        "मनीषा|Manisha;राधा|Radha",
        "s": "जैन|Jain;अग्रवाल|Agarwal|Agrawal;मिश्रा|Mishra;तिवारी|Tiwari;पांडे|Pandey|Pande;"
        "दुबे|Dubey|Dube;चौहान|Chauhan;राठौर|Rathore|Rathour;ठाकुर|Thakur;जोशी|Joshi;मेहता|Mehta;"
        "शाह|Shah;चौधरी|Chaudhary|Choudhary|Chaudhari;मलिक|Malik;श्रीवास्तव|Srivastava|Shrivastava;"
        "सक्सेना|Saxena;त्रिपाठी|Tripathi;शुक्ला|Shukla;राय|Rai|Roy;दास|Das;बंसल|Bansal;"
        "कपूर|Kapoor|Kapur;खन्ना|Khanna;मल्होत्रा|Malhotra;भाटिया|Bhatia;अरोड़ा|Arora;सेठी|Sethi;"
        "नायर|Nair;रेड्डी|Reddy;अंसारी|Ansari;कुरैशी|Qureshi|Kureshi;सैयद|Syed|Sayed;पाठक|Pathak;"
        "द्विवेदी|Dwivedi;चतुर्वेदी|Chaturvedi;निगम|Nigam",
    },
}

for _country, _lists in _MORE.items():
    for _key, _text in _lists.items():
        SCRIPT_NAMES[_country][_key] += ";" + _text
