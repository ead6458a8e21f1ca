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
