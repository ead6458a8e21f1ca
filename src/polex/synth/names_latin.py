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

# Less common names, appended after the commonest above: lists run from common to rare,
# and the generator draws the k-th name with a long-tailed weight (``entities.pick``).
_MORE: dict[str, dict[str, str]] = {
    "FRA": {
        "m": "Michel;Philippe;Alain;Patrick;Christophe;Stéphane|Stephane;Laurent;Frédéric|Frederic;"
        "Éric|Eric;Olivier;Sébastien|Sebastien;Julien;David;Thierry;Pascal;Daniel;Christian;"
        "Bernard;Gérard|Gerard;Thomas;Alexandre;Antoine;Maxime;Romain;Guillaume;Louis;Yves;René|Rene",
        "f": "Nathalie;Isabelle;Sylvie;Catherine;Christine;Sandrine;Valérie|Valerie;Sophie;"
        "Stéphanie|Stephanie;Véronique|Veronique;Nicole;Monique;Camille;Manon;Julie;Aurélie|Aurelie;"
        "Émilie|Emilie;Laura;Sarah;Pauline;Claire;Anne;Brigitte;Élodie|Elodie;Inès|Ines;Jeanne;"
        "Margaux;Océane|Oceane",
        "s": "Thomas;Petit;Robert;Richard;Durand;Leroy;Moreau;Simon;Laurent;Michel;David;Bertrand;"
        "Roux;Vincent;Fournier;Morel;André|Andre;Fontaine;Rousseau;Blanc;Guérin|Guerin;Henry;"
        "Roussel;Perrin;Morin;Mathieu;Clément|Clement;Gauthier;Dumont;Faure;Chevalier;Legrand;"
        "Gaillard;Garnier;Boyer;Lambert;Bonnet;François|Francois;Masson;Marchand",
    },
    "DEU": {
        "m": "Thomas;Michael;Andreas;Peter;Klaus;Wolfgang;Frank;Uwe;Hans;Werner;Markus|Marcus;"
        "Christian;Tobias;Alexander;Sebastian;Florian;Daniel;Matthias;Dieter;Ralf;Jan;Felix;Paul;"
        "Leon;Jonas;Niklas;Manfred;Horst",
        "f": "Maria;Monika;Petra;Andrea;Claudia;Susanne;Christina;Julia;Lisa;Laura;Katharina;Sarah;"
        "Lena;Hannah;Lea;Johanna;Marie;Birgit;Renate;Karin;Heike;Brigitte;Elke;Gisela;Angelika;"
        "Ingrid;Jutta;Nicole",
        "s": "Meyer;Wagner;Becker;Schulz;Hoffmann;Koch;Bauer;Richter;Klein;Wolf;"
        "Schröder|Schroeder|Schroder;Neumann;Schwarz;Zimmermann;Braun;Krüger|Krueger|Kruger;"
        "Hofmann;Hartmann;Lange;Schmitt;Werner;Schmitz;Krause;Meier;Lehmann;Schmid;Schulze;Maier;"
        "Herrmann;König|Koenig|Konig;Walter;Mayer;Huber;Kaiser;Fuchs;Peters;Lang;Scholz;"
        "Möller|Moeller|Moller;Vogel",
    },
    "ESP": {
        "m": "David;Juan;Javier;Daniel;Carlos;Alejandro;Miguel;Rafael;Pedro;Pablo;Ángel|Angel;"
        "Sergio;Fernando;Jorge;Luis;Alberto;Adrián|Adrian;Diego;Rubén|Ruben;Enrique;Ramón|Ramon;"
        "Vicente;Andrés|Andres;Joaquín|Joaquin;Santiago;Víctor|Victor;Ignacio;Mario;Hugo",
        "f": "Isabel;Laura;Cristina;Marta;Dolores;Pilar;Paula;Elena;Raquel;Sara;Rosa;Manuela;"
        "Mercedes;Rocío|Rocio;Sofía|Sofia;Teresa;Beatriz;Nuria;Silvia;Julia;Alba;Patricia;Irene;"
        "Andrea;Rosario;Montserrat;Concepción|Concepcion;Encarnación|Encarnacion",
        "s": "Pérez|Perez;Gómez|Gomez;Martín|Martin;Jiménez|Jimenez;Hernández|Hernandez;Ruiz;"
        "Díaz|Diaz;Moreno;Álvarez|Alvarez;Romero;Alonso;Gutiérrez|Gutierrez;Navarro;Torres;"
        "Domínguez|Dominguez;Vázquez|Vazquez;Ramos;Gil;Ramírez|Ramirez;Serrano;Blanco;Molina;"
        "Morales;Suárez|Suarez;Ortega;Delgado;Castro;Ortiz;Rubio;Marín|Marin;Sanz;Núñez|Nunez;"
        "Iglesias;Medina;Garrido;Cortés|Cortes;Castillo;Santos;Lozano;Guerrero",
    },
    "ITA": {
        "m": "Francesco;Alessandro;Andrea;Marco;Matteo;Lorenzo;Roberto;Stefano;Paolo;Davide;"
        "Salvatore;Luigi;Vincenzo;Fabio;Simone;Massimo;Claudio;Riccardo;Alberto;Franco;Pietro;"
        "Michele;Emanuele;Gabriele;Federico;Daniele;Domenico;Carlo",
        "f": "Sofia;Aurora;Alessandra;Sara;Paola;Laura;Valentina;Elena;Silvia;Federica;Martina;"
        "Roberta;Giorgia;Alice;Giuseppina;Angela;Lucia;Teresa;Carmela;Antonella;Simona;Elisa;"
        "Barbara;Daniela;Cristina;Monica;Caterina;Beatrice",
        "s": "Ricci;Marino;Greco;Bruno;Gallo;Conti;Costa;Giordano;Mancini;Rizzo;Lombardi;Moretti;"
        "Barbieri;Fontana;Santoro;Mariani;Rinaldi;Caruso;Ferrara;Galli;Martini;Leone;Longo;"
        "Gentile;Martinelli;Vitale;Lombardo;Serra;Coppola;Marchetti;Parisi;Villa;Conte;Ferraro;"
        "Ferri;Fabbri;Bianco;Marini;Grasso;Valentini",
    },
    "POL": {
        "m": "Marcin;Grzegorz;Jan;Józef|Jozef;Marek;Stanisław|Stanislaw;Adam;Zbigniew;Jerzy;"
        "Tadeusz;Mateusz;Dariusz;Mariusz;Ryszard;Kazimierz;Jakub;Henryk;Robert;Kamil;Rafał|Rafal;"
        "Sławomir|Slawomir;Jacek;Maciej;Kacper;Bartosz;Szymon",
        "f": "Maria;Barbara;Ewa;Krystyna;Elżbieta|Elzbieta;Zofia;Magdalena;Monika;Teresa;Danuta;"
        "Natalia;Aleksandra;Karolina;Marta;Beata;Dorota;Halina;Jadwiga;Jolanta;Iwona;"
        "Grażyna|Grazyna;Justyna;Paulina;Julia;Wiktoria;Irena;Alicja;Renata",
        "s": "Szymański|Szymanski;Woźniak|Wozniak;Dąbrowski|Dabrowski;Kozłowski|Kozlowski;"
        "Jankowski;Mazur;Kwiatkowski;Krawczyk;Piotrowski;Grabowski;Nowakowski;Pawłowski|Pawlowski;"
        "Michalski;Nowicki;Adamczyk;Dudek;Zając|Zajac;Wieczorek;Jabłoński|Jablonski;Król|Krol;"
        "Majewski;Olszewski;Jaworski;Wróbel|Wrobel;Malinowski;Pawlak;Witkowski;Walczak;"
        "Stępień|Stepien;Górski|Gorski;Rutkowski;Michalak;Sikora;Ostrowski;Baran;Duda",
        "sf": "Szymańska|Szymanska;Woźniak|Wozniak;Dąbrowska|Dabrowska;Kozłowska|Kozlowska;"
        "Jankowska;Mazur;Kwiatkowska;Krawczyk;Piotrowska;Grabowska;Nowakowska;Pawłowska|Pawlowska;"
        "Michalska;Nowicka;Adamczyk;Dudek;Zając|Zajac;Wieczorek;Jabłońska|Jablonska;Król|Krol;"
        "Majewska;Olszewska;Jaworska;Wróbel|Wrobel;Malinowska;Pawlak;Witkowska;Walczak;"
        "Stępień|Stepien;Górska|Gorska;Rutkowska;Michalak;Sikora;Ostrowska;Baran;Duda",
    },
    "TUR": {
        "m": "Hasan;Osman;Murat;Ömer|Omer;Yusuf;Ramazan;Halil;Süleyman|Suleyman|Sueleyman;"
        "Abdullah;İsmail|Ismail;Mahmut;Kemal;Recep;Fatih;Emre;Burak;Serkan;Hakan;Selim;Yasin;"
        "Orhan;Cem;Kadir;Erkan;Salih;Metin;Uğur|Ugur",
        "f": "Hacer;Meryem;Şerife|Serife;Zehra;Sultan;Hanife;Merve;Özlem|Ozlem|Oezlem;Esra;"
        "Büşra|Busra;Sevgi;Yasemin;Derya;Hülya|Hulya;Songül|Songul;Dilek;Ebru;Leyla;Kübra|Kubra;"
        "Nur;Aysel;Emel;Gülsüm|Gulsum;Melek;Filiz;Nurcan;Tuğba|Tugba",
        "s": "Yıldırım|Yildirim;Özdemir|Ozdemir|Oezdemir;Arslan;Doğan|Dogan;Kılıç|Kilic;Aslan;"
        "Çetin|Cetin;Kara;Koç|Koc;Kurt;Özkan|Ozkan;Şimşek|Simsek;Polat;Özcan|Ozcan;Korkmaz;"
        "Çakır|Cakir;Erdoğan|Erdogan;Yavuz;Can;Acar;Şen|Sen;Aktaş|Aktas;Güler|Guler;"
        "Yalçın|Yalcin;Güneş|Gunes;Bozkurt;Bulut;Keskin;Ünal|Unal;Turan;Gül|Gul;Özer|Ozer;"
        "Işık|Isik;Kaplan;Avcı|Avci;Sarı|Sari",
    },
    "CZE": {
        "m": "Josef;Pavel;Martin;Jaroslav;Miroslav;Zdeněk|Zdenek;Václav|Vaclav;Michal;"
        "František|Frantisek;Jakub;Milan;Karel;David;Vladimír|Vladimir;Ladislav;Roman;Stanislav;"
        "Daniel;Antonín|Antonin;Radek;Vojtěch|Vojtech;Matěj|Matej;Filip;Marek;Adam",
        "f": "Anna;Věra|Vera;Alena;Lucie;Jaroslava;Ludmila;Helena;Jitka;Martina;Zdeňka|Zdenka;"
        "Veronika;Michaela;Jarmila;Tereza;Markéta|Marketa;Barbora;Petra;Monika;Dana;Zuzana;Ivana;"
        "Eliška|Eliska;Kristýna|Kristyna;Klára|Klara;Natálie|Natalie;Adéla|Adela",
        "s": "Horák|Horak;Němec|Nemec;Pokorný|Pokorny;Marek;Pospíšil|Pospisil;Hájek|Hajek;"
        "Jelínek|Jelinek;Král|Kral;Růžička|Ruzicka;Beneš|Benes;Fiala;Sedláček|Sedlacek;"
        "Doležal|Dolezal;Zeman;Kolář|Kolar;Navrátil|Navratil;Čermák|Cermak;Vaněk|Vanek;Urban;"
        "Blažek|Blazek;Kříž|Kriz;Kovář|Kovar;Kratochvíl|Kratochvil;Bartoš|Bartos;Vlček|Vlcek;"
        "Polák|Polak;Musil;Kopecký|Kopecky;Šimek|Simek;Konečný|Konecny;Malý|Maly;Holub;Čech|Cech;"
        "Štěpánek|Stepanek",
        "sf": "Horáková|Horakova;Němcová|Nemcova;Pokorná|Pokorna;Marková|Markova;"
        "Pospíšilová|Pospisilova;Hájková|Hajkova;Jelínková|Jelinkova;Králová|Kralova;"
        "Růžičková|Ruzickova;Benešová|Benesova;Fialová|Fialova;Sedláčková|Sedlackova;"
        "Doležalová|Dolezalova;Zemanová|Zemanova;Kolářová|Kolarova;Navrátilová|Navratilova;"
        "Čermáková|Cermakova;Vaňková|Vankova;Urbanová|Urbanova;Blažková|Blazkova;Křížová|Krizova;"
        "Kovářová|Kovarova;Kratochvílová|Kratochvilova;Bartošová|Bartosova;Vlčková|Vlckova;"
        "Poláková|Polakova;Musilová|Musilova;Kopecká|Kopecka;Šimková|Simkova;Konečná|Konecna;"
        "Malá|Mala;Holubová|Holubova;Čechová|Cechova;Štěpánková|Stepankova",
    },
    "NLD": {
        "m": "Lucas;Levi;Thomas;Finn;Noah;Milan;Ruben;Thijs;Jesse;Lars;Stijn;Tim;Kees;Willem;"
        "Hendrik;Gerrit;Cornelis;Jeroen;Mark;Dennis;Sander;Martijn;Bas;Joost;Wouter;Jasper;Ruud;Henk",
        "f": "Sophie;Tess;Zoë|Zoe;Eva;Lisa;Sara;Fleur;Iris;Anna;Maria;Johanna;Cornelia;Wilhelmina;"
        "Hendrika;Ingrid;Marieke;Linda;Esther;Ilse;Mirjam;Saskia;Petra;Monique;Anne;Yvonne;"
        "Bianca;Kim",
        "s": "Smit;Meijer|Meyer;de Boer|De Boer|Deboer;Mulder;de Groot|De Groot|Degroot;Bos;Vos;"
        "Peters;Hendriks;van Leeuwen|Van Leeuwen|Vanleeuwen;Dekker;Brouwer;de Wit|De Wit|Dewit;"
        "Dijkstra;Smits;de Graaf|De Graaf|Degraaf;van der Meer|Van der Meer|Vandermeer;"
        "van der Linden|Van der Linden|Vanderlinden;Kok;Jacobs;de Haan|De Haan|Dehaan;Vermeulen;"
        "van den Heuvel|Van den Heuvel|Vandenheuvel;van der Veen|Van der Veen|Vanderveen;"
        "van den Broek|Van den Broek|Vandenbroek;de Bruijn|De Bruijn|De Bruyn;Hoekstra;Koster;"
        "Prins;Huisman;Peeters;Post;Kuipers;Willems;van Wijk|Van Wijk|Vanwijk;Veenstra;Schouten;"
        "Maas;Verhoeven",
    },
    "PRT": {
        "m": "Francisco;Manuel;Pedro;Miguel;Carlos;Luís|Luis;Paulo;Jorge;Rodrigo;Martim;Duarte;"
        "Afonso;Tomás|Tomas;Diogo;Ricardo;Nuno;Bruno;Fernando;Joaquim;Vítor|Vitor;Rafael;Hugo;"
        "André|Andre;Sérgio|Sergio;Filipe;Daniel;Alexandre",
        "f": "Matilde;Mariana;Carolina;Sofia;Francisca;Margarida;Lara;Joana;Catarina;Rita;Sara;"
        "Marta;Teresa;Isabel;Fernanda;Rosa;Manuela;Luísa|Luisa;Helena;Cristina;Patrícia|Patricia;"
        "Sandra;Susana;Paula;Fátima|Fatima;Filipa;Raquel",
        "s": "Rodrigues;Martins;Jesus;Sousa;Fernandes;Lopes;Marques;Alves;Almeida;Ribeiro;Pinto;"
        "Carvalho;Teixeira;Moreira;Correia;Mendes;Nunes;Soares;Vieira;Monteiro;Cardoso;Rocha;"
        "Neves;Coelho;Cruz;Cunha;Pires;Ramos;Reis;Simões|Simoes;Antunes;Matos;Fonseca;Machado;"
        "Araújo|Araujo;Barbosa;Tavares;Lourenço|Lourenco;Castro;Figueiredo",
    },
    "ROU": {
        "m": "Alexandru;Vasile;Nicolae;Dumitru;Marian;Florin;Ioan;Adrian;Daniel;Mihail;Cristian;"
        "Ionuț|Ionut;Gabriel;Marius;Alin;Bogdan;Cătălin|Catalin;Sorin;Dan;Costel;Petru;"
        "Răzvan|Razvan;Vlad;Radu;Lucian;Ovidiu",
        "f": "Ana;Mariana;Gabriela;Alexandra;Cristina;Daniela;Alina;Nicoleta;Florentina;Georgiana;"
        "Ionela;Irina;Simona;Ramona;Adriana;Monica;Raluca;Roxana;Diana;Carmen;Angela;Larisa;"
        "Bianca;Camelia;Corina;Valentina;Luminița|Luminita",
        "s": "Pop;Stan;Dumitru;Dinu;Stoian;Gheorghe;Matei;Ciobanu;Ene;Ilie;Rusu;Munteanu;"
        "Moldovan;Florea;Oprea;Lungu;Mihai;Constantin;Marin;Tudor;Cristea;Dobre;Barbu;Nistor;"
        "Preda;Lazăr|Lazar;Toma;Ursu;Sandu;Georgescu;Neagu;Enache;Dragomir;Voicu;Mocanu;Vasile;"
        "Popovici;Nedelcu;Anghel;Diaconu",
    },
    "HUN": {
        "m": "Sándor|Sandor;Ferenc;Attila;János|Janos;Tamás|Tamas;Zsolt;Tibor;András|Andras;"
        "Csaba;Imre;Lajos;György|Gyorgy;Balázs|Balazs;Róbert|Robert;Mihály|Mihaly;Károly|Karoly;"
        "Gergely;Dávid|David;Bence;Ádám|Adam;Dániel|Daniel;Levente;Máté|Mate;Norbert;"
        "Krisztián|Krisztian;Béla|Bela;Miklós|Miklos",
        "f": "Ilona;Anita;Zsuzsanna;Andrea;Judit;Ágnes|Agnes;Erika;Krisztina;Margit;Julianna;"
        "Szilvia;Mónika|Monika;Eszter;Gabriella;Edit;Anna;Piroska;Rita;Tímea|Timea;"
        "Viktória|Viktoria;Anikó|Aniko;Hajnalka;Réka|Reka;Dóra|Dora;Nóra|Nora;Boglárka|Boglarka;"
        "Orsolya",
        "s": "Farkas;Balogh;Papp;Takács|Takacs;Juhász|Juhasz;Lakatos;Mészáros|Meszaros;Oláh|Olah;"
        "Simon;Rácz|Racz;Fekete;Szilágyi|Szilagyi;Török|Torok;Fehér|Feher;Balázs|Balazs;Gál|Gal;"
        "Kis;Szűcs|Szucs;Kocsis;Orsós|Orsos;Pintér|Pinter;Fodor;Szalai;Sipos;Magyar;"
        "Lukács|Lukacs;Gulyás|Gulyas;Bíró|Biro;Király|Kiraly;Balog;László|Laszlo;Katona;Jakab;"
        "Bogdán|Bogdan;Sándor|Sandor;Boros;Fazekas;Kelemen;Antal;Somogyi",
    },
    "SWE": {
        "m": "Karl;Per;Nils;Mikael;Jan;Hans;Peter;Olof;Gunnar;Sven;Fredrik;Bengt;Daniel;Åke|Ake;"
        "Gustav;Magnus;Oskar;Mats;Göran|Goran|Goeran;Stefan;Ulf;Bo;Leif;Henrik;Lennart;Alexander;"
        "Jonas;Emil",
        "f": "Kristina;Elisabeth;Birgitta;Ingrid;Christina;Marie;Margareta;Sara;Kerstin;Emma;Lena;"
        "Helena;Ulla;Johanna;Sofia;Linda;Gunilla;Elin;Malin;Ida;Hanna;Maja;Elsa;Astrid;Ebba;Siv;"
        "Agneta",
        "s": "Persson;Svensson;Gustafsson;Pettersson;Jonsson;Jansson;Hansson;Bengtsson;Lindberg;"
        "Jakobsson;Magnusson;Olsson;Lindström|Lindstrom|Lindstroem;Lindqvist|Lindquist;Lindgren;"
        "Berg;Axelsson;Bergström|Bergstrom;Lundberg;Lind;Lundgren;Lundqvist|Lundquist;Mattsson;"
        "Berglund;Fredriksson;Sandberg;Henriksson;Forsberg;Sjöberg|Sjoberg;Wallin;"
        "Engström|Engstrom;Eklund;Danielsson;Lundin;Håkansson|Hakansson;Björk|Bjork;Bergman;"
        "Gunnarsson;Holm",
    },
    "GBR": {
        "m": "William;Jack;Harry;George;Charlie;Noah;Jacob;Robert;Michael;Richard;Paul;Mark;Andrew;"
        "Peter;Stephen;Christopher;Daniel;Matthew;Joseph;Samuel;Benjamin;Alexander;Ryan;Liam;Adam;"
        "Lewis;Callum;Connor",
        "f": "Isla;Ava;Mia;Sophie;Grace;Lily;Susan;Margaret;Elizabeth;Mary;Karen;Helen;Rebecca;"
        "Laura;Hannah;Lucy;Ellie;Chloe;Katie;Rachel;Victoria;Joanne;Claire;Nicola;Lauren;Megan;"
        "Alice",
        "s": "Wilson;Johnson;Roberts;Robinson;Thompson;Wright;Walker;White;Edwards;Hughes;Green;"
        "Hall;Lewis;Harris;Clarke;Patel;Jackson;Wood;Turner;Martin;Cooper;Hill;Ward;Morris;Moore;"
        "Clark;Lee;King;Baker;Harrison;Morgan;Allen;James;Scott;Phillips;Watson;Davis;Parker;"
        "Price;Bennett;Young;Griffiths;Mitchell;Kelly",
    },
    "USA": {
        "m": "James;John;David;Richard;Thomas;Charles;Matthew;Anthony;Mark;Donald;Steven;Paul;"
        "Andrew;Joshua;Kenneth;Kevin;Brian;George;Timothy;Ronald;Jason;Edward;Jeffrey;Ryan;Jacob;"
        "Gary;Nicholas;Eric;Jonathan",
        "f": "Mary;Barbara;Susan;Sarah;Karen;Nancy;Lisa;Betty;Margaret;Sandra;Kimberly;Emily;Donna;"
        "Michelle;Dorothy;Carol;Amanda;Melissa;Deborah;Stephanie;Rebecca;Sharon;Laura;Cynthia;"
        "Kathleen;Amy;Angela;Shirley",
        "s": "Garcia;Martinez;Hernandez;Lopez;Gonzalez;Wilson;Anderson;Thomas;Taylor;Moore;Jackson;"
        "Martin;Lee;Perez;Thompson;White;Harris;Sanchez;Clark;Ramirez;Lewis;Robinson;Walker;Young;"
        "Allen;King;Wright;Scott;Torres;Nguyen;Hill;Flores;Green;Adams;Nelson;Baker;Hall;Rivera;"
        "Campbell;Mitchell",
    },
    "BRA": {
        "m": "Gustavo;Rafael;Felipe;Bruno;Guilherme;Rodrigo;Carlos;Marcos;Paulo;Antônio|Antonio;"
        "Francisco;José|Jose;Eduardo;Marcelo;Leonardo;Thiago|Tiago;Diego;Vinícius|Vinicius;"
        "Ricardo;Fernando;Daniel;Luciano;Sérgio|Sergio;Fábio|Fabio;Márcio|Marcio;Miguel;Arthur;"
        "Heitor",
        "f": "Francisca;Antônia|Antonia;Adriana;Márcia|Marcia;Aline;Sandra;Camila;Amanda;Bruna;"
        "Jéssica|Jessica;Patrícia|Patricia;Vanessa;Luciana;Larissa;Mariana;Beatriz;Gabriela;"
        "Rafaela;Raimunda;Vitória|Vitoria;Luana;Carla;Tatiane;Simone;Daniela;Renata;"
        "Cláudia|Claudia;Helena",
        "s": "Ferreira;Rodrigues;Alves;Ribeiro;Carvalho;Gomes;Martins;Rocha;Costa;Almeida;"
        "Nascimento;Barbosa;Cardoso;Dias;Castro;Mendes;Soares;Fernandes;Lopes;Vieira;Moreira;"
        "Freitas;Correia;Monteiro;Cavalcanti;Moura;Batista;Teixeira;Nunes;Ramos;Machado;Medeiros;"
        "Pinto;Campos;Rezende;Andrade;Azevedo;Duarte;Fonseca;Borges",
    },
    "MEX": {
        "m": "Francisco;Antonio;Alejandro;Miguel;Pedro;Manuel;Jorge;Ricardo;Fernando;Roberto;"
        "Eduardo;Javier;Sergio;Daniel;Arturo;Raúl|Raul;Rafael;Martín|Martin;Héctor|Hector;Alberto;"
        "Enrique;Mario;Víctor|Victor;Gerardo;Ramón|Ramon;Salvador;Santiago;Diego",
        "f": "Juana;Margarita;Josefina;Elizabeth;Alejandra;Gabriela;Adriana;Ana;Claudia;Sandra;"
        "Silvia;Teresa;Mónica|Monica;Araceli;Martha;Alicia;Yolanda;Lucía|Lucia;Norma;Laura;Isabel;"
        "Carmen;Daniela;Fernanda;Ximena;Sofía|Sofia;Graciela;Beatriz",
        "s": "Sánchez|Sanchez;Flores;Gómez|Gomez;Díaz|Diaz;Cruz;Morales;Reyes;Gutiérrez|Gutierrez;"
        "Ortiz;Torres;Ruiz;Jiménez|Jimenez;Mendoza;Álvarez|Alvarez;Vázquez|Vazquez;Castillo;"
        "Romero;Moreno;Herrera;Medina;Aguilar;Chávez|Chavez;Rivera;Ramos;Juárez|Juarez;Vargas;"
        "Castro;Domínguez|Dominguez;Salazar;Guzmán|Guzman;Rojas;Estrada;Contreras;Luna;Ortega;"
        "Delgado;Guerrero;Mejía|Mejia;Santiago;Cortés|Cortes",
    },
    "NGA": {
        "m": "Musa;Usman;Abdullahi;Aliyu;Sani;Yusuf;Suleiman;Adamu;Chukwuemeka;Ikechukwu;Obinna;"
        "Chidi;Uche;Nnamdi;Tunde;Olumide;Adebayo;Femi;Segun;Kayode;Ayodele;Tochukwu;Kelechi;"
        "Emmanuel;Samuel;Daniel;John;Godwin",
        "f": "Amina;Hauwa;Zainab;Hadiza;Maryam;Blessing;Grace;Mercy;Esther;Joy;Comfort;Folake;"
        "Yetunde;Bukola;Adaobi;Nneka;Amaka;Ifeoma;Chinwe;Uchechi;Oluwakemi;Titilayo;Bisi;"
        "Khadija;Halima;Rukayat;Precious",
        "s": "Ibrahim;Mohammed;Yusuf;Suleiman;Adamu;Aliyu;Danjuma;Usman;Lawal;Sani;Nwachukwu;"
        "Okonkwo;Obi;Nwosu;Okoro;Chukwu;Okoye;Ugwu;Nnaji;Adebayo;Ogunbiyi;Adeleke;Olawale;"
        "Ogundipe;Akinola;Afolabi;Balogun;Oladipo;Ajayi;Oyewole;Olaniyan;Ojo;Akpan;Etim;Bassey;"
        "Edet;Okon;Ekpo;Johnson;Williams",
    },
}

for _country, _lists in _MORE.items():
    for _key, _text in _lists.items():
        LATIN_NAMES[_country][_key] += ";" + _text
