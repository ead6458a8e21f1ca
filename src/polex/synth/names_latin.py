# ruff: noqa: E501 - name lists read best one country per line group
"""Common given and family names of countries that write in the Latin script.

Each list is ``native|romanisation|romanisation…`` entries separated by ``;``: the first
form is the name as the country writes it (with its diacritics), the others are the
forms it takes on foreign records and ASCII-only systems. Keys: ``m`` male and ``f``
female given names, ``s`` family names, ``sf`` their female forms (index-aligned with
``s``) where the language inflects them. Written by hand: small, but real names.
"""

from __future__ import annotations

LATIN_NAMES: dict[str, dict[str, str]] = {
    "FRA": {
        "m": "François|Francois;Jean|Jean;Pierre|Pierre;Nicolas|Nicolas;Jérôme|Jerome;"
        "Mathéo|Matheo;Noël|Noel;Hugo|Hugo",
        "f": "Hélène|Helene;Marie|Marie;Chloé|Chloe;Léa|Lea;Céline|Celine;Françoise|Francoise",
        "s": "Martin|Martin;Bernard|Bernard;Dubois|Dubois;Lefèvre|Lefevre|Lefebvre;Girard|Girard;"
        "Mercier|Mercier;Bénard|Benard;Lemaître|Lemaitre",
    },
    "DEU": {
        "m": "Jürgen|Juergen|Jurgen;Lukas|Lukas;Maximilian|Maximilian;Stefan|Stefan|Stephan;"
        "Jörg|Joerg|Jorg;Günter|Guenter|Gunter",
        "f": "Anna|Anna;Sophie|Sophie;Käthe|Kaethe|Kathe;Ursula|Ursula;Sabine|Sabine;"
        "Bärbel|Baerbel|Barbel",
        "s": "Müller|Mueller|Muller;Schmidt|Schmidt;Schneider|Schneider;Fischer|Fischer;"
        "Weiß|Weiss;Schäfer|Schaefer|Schafer;Köhler|Koehler|Kohler;Groß|Gross",
    },
    "ESP": {
        "m": "José|Jose;Antonio|Antonio;Manuel|Manuel;Francisco|Francisco;Jesús|Jesus;Álvaro|Alvaro",
        "f": "María|Maria;Carmen|Carmen;Lucía|Lucia;Ana|Ana;Inés|Ines;Begoña|Begona",
        "s": "García|Garcia;Fernández|Fernandez;González|Gonzalez;Rodríguez|Rodriguez;López|Lopez;"
        "Martínez|Martinez;Sánchez|Sanchez;Muñoz|Munoz",
    },
    "ITA": {
        "m": "Giuseppe|Giuseppe;Giovanni|Giovanni;Antonio|Antonio;Mario|Mario;Luca|Luca;"
        "Niccolò|Niccolo",
        "f": "Maria|Maria;Giulia|Giulia;Francesca|Francesca;Chiara|Chiara;Anna|Anna;Rosa|Rosa",
        "s": "Rossi|Rossi;Russo|Russo;Ferrari|Ferrari;Esposito|Esposito;Bianchi|Bianchi;"
        "Romano|Romano;Colombo|Colombo;De Luca|De Luca|Deluca",
    },
    "POL": {
        "m": "Piotr|Piotr;Krzysztof|Krzysztof;Andrzej|Andrzej;Tomasz|Tomasz;Łukasz|Lukasz;"
        "Paweł|Pawel;Michał|Michal;Wojciech|Wojciech",
        "f": "Anna|Anna;Katarzyna|Katarzyna;Małgorzata|Malgorzata;Agnieszka|Agnieszka;"
        "Joanna|Joanna;Żaneta|Zaneta",
        "s": "Nowak|Nowak;Kowalski|Kowalski;Wiśniewski|Wisniewski;Wójcik|Wojcik;"
        "Kowalczyk|Kowalczyk;Kamiński|Kaminski;Lewandowski|Lewandowski;Zieliński|Zielinski",
        "sf": "Nowak|Nowak;Kowalska|Kowalska;Wiśniewska|Wisniewska;Wójcik|Wojcik;"
        "Kowalczyk|Kowalczyk;Kamińska|Kaminska;Lewandowska|Lewandowska;Zielińska|Zielinska",
    },
    "TUR": {
        "m": "Mehmet|Mehmet|Mehmed;Mustafa|Mustafa;Ahmet|Ahmet|Ahmed;Ali|Ali;"
        "Hüseyin|Huseyin|Hueseyin;İbrahim|Ibrahim;Çağlar|Caglar",
        "f": "Ayşe|Ayse|Aysche;Fatma|Fatma;Emine|Emine;Hatice|Hatice;Zeynep|Zeynep;Elif|Elif;"
        "Gül|Gul|Guel",
        "s": "Yılmaz|Yilmaz;Kaya|Kaya;Demir|Demir;Şahin|Sahin;Çelik|Celik;Yıldız|Yildiz;"
        "Öztürk|Ozturk|Oeztuerk;Aydın|Aydin",
    },
    "CZE": {
        "m": "Jiří|Jiri;Jan|Jan;Petr|Petr;Tomáš|Tomas;Lukáš|Lukas;Ondřej|Ondrej",
        "f": "Jana|Jana;Marie|Marie;Eva|Eva;Hana|Hana;Lenka|Lenka;Kateřina|Katerina",
        "s": "Novák|Novak;Svoboda|Svoboda;Novotný|Novotny;Dvořák|Dvorak;Černý|Cerny;"
        "Procházka|Prochazka;Kučera|Kucera;Veselý|Vesely",
        "sf": "Nováková|Novakova;Svobodová|Svobodova;Novotná|Novotna;Dvořáková|Dvorakova;"
        "Černá|Cerna;Procházková|Prochazkova;Kučerová|Kucerova;Veselá|Vesela",
    },
    "NLD": {
        "m": "Daan|Daan;Bram|Bram;Sem|Sem;Jan|Jan;Pieter|Pieter;Johannes|Johannes",
        "f": "Emma|Emma;Julia|Julia;Sanne|Sanne;Anouk|Anouk;Femke|Femke;Lotte|Lotte",
        "s": "de Jong|De Jong|Dejong;Jansen|Jansen;de Vries|De Vries|Devries;"
        "van den Berg|Van den Berg|Vandenberg;van Dijk|Van Dijk|Vandijk;Bakker|Bakker;"
        "Janssen|Janssen;Visser|Visser",
    },
    "PRT": {
        "m": "João|Joao;José|Jose;António|Antonio;Gonçalo|Goncalo;Tiago|Tiago;Rui|Rui",
        "f": "Maria|Maria;Ana|Ana;Inês|Ines;Beatriz|Beatriz;Leonor|Leonor;Conceição|Conceicao",
        "s": "Silva|Silva;Santos|Santos;Ferreira|Ferreira;Pereira|Pereira;Oliveira|Oliveira;"
        "Costa|Costa;Gonçalves|Goncalves;Magalhães|Magalhaes",
    },
    "ROU": {
        "m": "Ion|Ion;Gheorghe|Gheorghe;Andrei|Andrei;Mihai|Mihai;Ștefan|Stefan;"
        "Constantin|Constantin",
        "f": "Maria|Maria;Elena|Elena;Ioana|Ioana;Andreea|Andreea;Ștefania|Stefania;"
        "Mihaela|Mihaela",
        "s": "Popescu|Popescu;Ionescu|Ionescu;Popa|Popa;Radu|Radu;Dumitrescu|Dumitrescu;"
        "Stoica|Stoica;Constantinescu|Constantinescu;Țurcanu|Turcanu",
    },
    "HUN": {
        "m": "László|Laszlo;István|Istvan;József|Jozsef;Zoltán|Zoltan;Gábor|Gabor;Péter|Peter",
        "f": "Mária|Maria;Erzsébet|Erzsebet;Katalin|Katalin;Ildikó|Ildiko;Zsófia|Zsofia;Éva|Eva",
        "s": "Nagy|Nagy;Kovács|Kovacs;Tóth|Toth;Szabó|Szabo;Horváth|Horvath;Varga|Varga;"
        "Kiss|Kiss;Molnár|Molnar",
    },
    "SWE": {
        "m": "Lars|Lars;Anders|Anders;Johan|Johan;Erik|Erik;Björn|Bjorn|Bjoern;Måns|Mans",
        "f": "Anna|Anna;Eva|Eva;Maria|Maria;Karin|Karin;Åsa|Asa;Linnéa|Linnea",
        "s": "Andersson|Andersson;Johansson|Johansson;Karlsson|Karlsson;Nilsson|Nilsson;"
        "Eriksson|Eriksson;Larsson|Larsson;Öberg|Oberg|Oeberg;Ångström|Angstrom",
    },
    "GBR": {
        "m": "James|James;John|John;David|David;Oliver|Oliver;Mohammed|Mohammed|Muhammad;"
        "Thomas|Thomas",
        "f": "Olivia|Olivia;Amelia|Amelia;Sarah|Sarah;Emily|Emily;Charlotte|Charlotte;"
        "Jessica|Jessica",
        "s": "Smith|Smith;Jones|Jones;Williams|Williams;Taylor|Taylor;Brown|Brown;Davies|Davies;"
        "Evans|Evans;O'Brien|O'Brien|OBrien",
    },
    "USA": {
        "m": "Michael|Michael;Robert|Robert;William|William;Christopher|Christopher;"
        "Daniel|Daniel;Joseph|Joseph",
        "f": "Jennifer|Jennifer;Jessica|Jessica;Ashley|Ashley;Elizabeth|Elizabeth;Linda|Linda;"
        "Patricia|Patricia",
        "s": "Smith|Smith;Johnson|Johnson;Williams|Williams;Brown|Brown;Jones|Jones;"
        "Miller|Miller;Davis|Davis;Rodriguez|Rodriguez",
    },
    "BRA": {
        "m": "João|Joao;Pedro|Pedro;Lucas|Lucas;Gabriel|Gabriel;Matheus|Matheus|Mateus;"
        "Luiz|Luiz|Luis",
        "f": "Ana|Ana;Maria|Maria;Juliana|Juliana;Fernanda|Fernanda;Letícia|Leticia;"
        "Bárbara|Barbara",
        "s": "Silva|Silva;Santos|Santos;Oliveira|Oliveira;Souza|Souza|Sousa;Lima|Lima;"
        "Pereira|Pereira;Araújo|Araujo;Gonçalves|Goncalves",
    },
    "MEX": {
        "m": "José|Jose;Juan|Juan;Luis|Luis;Carlos|Carlos;Jesús|Jesus;Ángel|Angel",
        "f": "María|Maria;Guadalupe|Guadalupe;Verónica|Veronica;Rosa|Rosa;Leticia|Leticia;"
        "Patricia|Patricia",
        "s": "Hernández|Hernandez;García|Garcia;Martínez|Martinez;López|Lopez;"
        "González|Gonzalez;Pérez|Perez;Rodríguez|Rodriguez;Ramírez|Ramirez",
    },
    "NGA": {
        "m": "Chinedu|Chinedu;Oluwaseun|Oluwaseun|Seun;Emeka|Emeka;Ibrahim|Ibrahim;"
        "Abubakar|Abubakar|Abubakr;Babatunde|Babatunde",
        "f": "Ngozi|Ngozi;Aisha|Aisha|Aishat;Funmilayo|Funmilayo;Chioma|Chioma;"
        "Fatima|Fatima|Fatimah;Adaeze|Adaeze",
        "s": "Okafor|Okafor;Adeyemi|Adeyemi;Okeke|Okeke;Bello|Bello;Abubakar|Abubakar;Eze|Eze;"
        "Ogunleye|Ogunleye;Musa|Musa",
    },
}
