/// Given names and surnames of the UK's population, across its communities: the common names of
/// England, Scotland, Wales and Ireland (birth registrations and electoral rolls), and those of its
/// Jewish (Ashkenazi, Sephardi, Mizrahi, Israeli; Hebrew and Yiddish forms), South Asian (Indian,
/// Pakistani, Bangladeshi, Sri Lankan; Hindu, Muslim and Sikh), Arab, Iranian, Turkish and Kurdish,
/// Somali, Eritrean and Ethiopian, West African (Yoruba, Igbo, Hausa, Akan), Caribbean, Chinese,
/// Vietnamese, Filipino, Polish, Romanian, Lithuanian, Latvian, Bulgarian, Ukrainian and Russian,
/// Hungarian, Greek, Portuguese, Spanish, Italian, French, German, Dutch and Nordic communities.
/// Lower case, ASCII spellings (accented spellings fold to these; see `withoutAccents`).
enum NameLists {
    static func set(_ text: String) -> Set<String> {
        Set(text.split(whereSeparator: { $0 == " " || $0 == "\n" }).map(String.init))
    }

    static let givenNames: Set<String> = set(
        """
        aaliyah aaron abbie abby abdallah abdi abdul abdullah abdulrahman abel abid abigail abimbola abiodun abraham \
        abu ada adaeze adam adanna adebayo adeel adele adeola adewale adil adina aditi aditya adnan adolf adrian \
        adriana adrienne afia afsana agata agnes agnieszka ahmad ahmed ahmet ahron aidan aiden aileen ailsa aimee \
        aisha aishwarya aisling aiyana ajay akash akiva akosua akua alana alaric alasdair alastair albert alberto \
        aleksander aleksandra alessandra alessandro alex alexa alexander alexandra alexandru alexei alexis alfie \
        alfred ali alice alicia alina alisha alison alistair aliyah allan allison alma alois alon alyssa amal amanda \
        amar amara amarjit amber amelia amina amir amira amit amna amos amrit amy ana anastasia anders andre andrea \
        andreas andreea andrei andrew andrzej aneesa angela angelica angelika angelo angharad angus anil anisa anita \
        anjali ann anna annabel annabelle anne annette annie anoushka anthony antonia antonio anwar anya anzhela aoife \
        apinya aquila arjun arlo armand arnold aron arthur arturo arun aryan asa asad asher ashok ashraf ashwin asif \
        asma astrid asya athena aurelia austin avi avigail aviva avraham avrohom avrumi ayaan ayan ayanna ayesha ayla \
        ayodele ayodeji ayoub azeem aziz azra baila baruch basia basil batsheva batya bea beata beatrice beatriz becky \
        bella ben benedict benjamin benny benzion berel bernard bernadette bethan bethany betty beverley bhavesh \
        bianca bilal billie bina binyamin birgit blessing bogdan boris bozena bracha bradley brandon branwen brenda \
        brendan brian bridget brigid brooke bruno bryn bukola bushra caitlin callum calum camille candice cara carina \
        carl carla carlos carmel carmen carol caroline carys casey cassandra catalina catherine cathy cecilia cedric \
        celia celine cerys chaim chaja chana chani chanie chantelle charles charlie charlotte chaya chayim chen cheng \
        chesky chiamaka chidi chidinma chika chinedu chinonso chioma chloe chris christina christine christopher \
        chukwuemeka chuks cian ciara ciaran cillian cindy claire clara clare claudia clemence clement cliff clifford \
        clive cody colette colin conor connor constance constantin cora corinne cormac cosmin craig cristian cristina \
        cyril cyrus czeslaw dafydd daisy dale dalia damian damien dan dana daniel daniela daniella danielle danny \
        dariusz darius darren darya dave david dawid dawit dayo debbie debora deborah declan deepa deepak deirdre \
        delroy demetrios denis denise dennis derek desmond devi devora devorah devon dewi dexter dhruv diana diane \
        dilip dimitri dimitrios dina dinah divya dmitri dmitry dolores dominic dominika donal donald donna dora doreen \
        doris dorota dov dovid dovi dragos duncan dvora dylan ebere ebony eddie edgar edith edmund edward edwin efrat \
        efraim efua eilidh eileen eitan ekaterina ela elaine eleanor elena eli eliana elias eliezer elif elijah elinor \
        eliora elisa elisabeth elise eliza elizabeth ella elle ellen ellie elliot elliott elsa elsie elspeth emanuel \
        emeka emil emilia emilie emily emir emma emmanuel emre enrique enzo ephraim erica erik erin ernest ernesto \
        esme esra esther ethan etty eugene eugenia euan eunice eva evan evangeline eve evelyn evie ewa ezra fahad \
        faisal faith faiza farah farhan farid farida fariha faruk fatema fatima fatma fatou fawad fay faye feige \
        felicity felix femi fergus fernando ffion filip finlay finley finn fiona fionn florin folake francesca \
        francesco francis francisco franciszek frankie fraser freda frederick freya frida funmi gabriel gabriela \
        gabriella gabrielle gaby gareth garry gary gavin gemma geoffrey george georgia georgina gerald geraldine \
        gerard gerry gheorghe gianluca gideon gila gilad gillian gina giorgio giovanni gisela gitty giulia giuseppe \
        gladys glen glenn gloria glyn godfrey gordon grace graham grant grazyna greg gregor gregory greta gurdeep \
        gurpreet gurinder guy gwen gwendolyn gwyn habib hadassah hadiza hafsa hailey haim hakan halima hamid hamza \
        hana hanan hania hanna hannah hans harjit harold harper harpreet harriet harrison harsh harvey hasan hassan \
        hayley heather hector heidi helen helena henrietta henry herbert hermione hershel hershy hilary hilda hinda \
        hiroshi hollie howard huda hugh hugo huma humza hussain hussein huw hyacinth iain ian ibrahim ida idris ieuan \
        ifeoma ignacy igor ikechukwu ilan ilana ilya iman imogen imran ina inaaya inderjit indira indigo inga ingrid \
        inna ioan ioana ion ionut ira irena irene irina iris irving isaac isabel isabella isabelle isaiah isha ishaan \
        isla ismail israel issa itai itamar itzik ivan ivana ivo iwan iyabo izabela jacek jack jackie jackson jacob \
        jacqueline jacques jade jagdish jai jake jakub jamal james jamie jan jana jane janet janice janina jaroslaw \
        jasmin jasmine jason jaspreet javed javier jay jayden jean jeanette jed jeff jeffrey jemima jenna jennifer \
        jenny jeremy jerome jerzy jess jesse jessica jill jim jimmy jiri joan joanna joanne jocelyn jodie joe joel \
        joey johanna john johnny jon jonah jonas jonathan jordan jorge jose josef joseph josephine josh joshua josiah \
        joy joyce juan judah judith judy jules julia julian juliana julie juliet julius jun junaid justin justyna \
        kacper kai kamal kamala kamil kamila karen karim karin karina karl karolina kasia katarzyna kate katharine \
        katherine kathleen kathryn katie katrina katy kavita kay kayla kayode keira keith kelly kemi ken kenneth kerry \
        kevin khadija khalid khalil kiera kieran kim kimberley kingsley kiran kirsty kofi kojo krisztina krystyna \
        krzysztof kunal kurt kwabena kwame kwasi kyle lachlan laila lakshmi lana lara larisa larry laszlo laura lauren \
        laurence lawrence layla lea leah leanne lee leib leila lena leo leon leonard leonie leslie levi lewis lia liam \
        libby lila lily lina linda lindsay lindsey lior lisa liz liza lloyd lois lola lorenzo loretta lorna lottie \
        louis louisa louise luca lucas lucia lucian luciana lucy luigi luis luka lukas lukasz luke lydia lynn lynne \
        maciej madeleine madison mahmoud mai maisie maja malak malcolm malgorzata malik malka mandeep mandy manish \
        manoj manuel marc marcel marcin marco marcus margaret margarita maria mariam marian marianne marie marina \
        mario marion marius marjorie mark marta martha martin martina marvin mary maryam mason mateo mateusz mathew \
        matilda matteo matthew maureen maurice max maxim maxine maya meera megan mehmet meir melanie melissa menachem \
        mendel mendy meryl mia micah michael michaela michal michel michelle miguel mihai mikael mike mikhail mila \
        milan milena miles millie milly mina mindy mira miriam mirela mo mohamed mohammad mohammed mohamud mohsin \
        moira mollie molly mona monica monika mordechai morris moses moshe moshie muhammad mujtaba murray mustafa \
        nadia nadine naftali nahum naim nancy naomi narges nasir natalia natalie natasha nathan nathaniel navid navin \
        nazia neha neil nell nelly nicholas nick nicola nicolae nicole nigel nikhil nikita nikki nikolai nikolaos nina \
        nisha nitin noa noah noam noel nomvula noor nora norma norman nosheen nuala nusrat nyla obinna octavia odette \
        ofer ola olamide olga oliver olivia olu oluwadamilare oluwaseun oluwatobi omar omari ori orla orly osama oscar \
        osman otto owain owen oyin pamela paola parisa parveen patricia patrick paul paula pauline pavel pawel pearl \
        pedro penelope perel pesach peter petra philip philippa phillip phoebe pierre piers pinchas piotr pola polly \
        pooja poppy pradeep pranav precious preeti prem priscilla priya priyanka rachael rachel radek radu rafael \
        rafal rahel rahim rahul raizy raj rajesh rajinder rakesh ralph ramesh rami ramona rana randa rania raphael \
        rashid ravi ravinder raymond rebecca reena rehana reuben reuven rhea rhiannon rhian rhodri rhona rhys ria \
        ricardo richard rifka riley rina rita riya rizwan rob robbie robert roberta roberto robin robyn rochel \
        rochelle rodney roger rohan roisin roman ronald ronan ronen ronit rory rosa rosalind rosemary rosie ross rowan \
        roxana roy ruben rubina ruby rukhsana rupert ruth ruxandra ryan saad sabina sabrina sacha sadia safia sagal \
        sahil saima saira sajid sakina salim salma salman sam samantha sameer samia samir samira samson samuel sana \
        sandeep sandra sani sanjay sanjeev santiago sara sarah sarina sasha saul scarlett sean sebastian seema selim \
        selina semira senait seren sergei sergio seth shabnam shahid shahida shai shaindy shalom shamima shane shanice \
        shannon sharon shaun shauna shay sheila shelley sheryl shimon shira shirley shlomo shloime shmuel shmuly \
        sholom shona shoshana shreya shuli sian sidney sienna simcha simeon simon simona simone sinead siobhan sipho \
        siti sofia sofie sohail sonia sophia sophie soraya srinivas stacey stanislaw stanley stefan stefania stefano \
        stella stephanie stephen steve steven stewart stuart sue sufyan suhail sukhdev sukhvinder sultan sumaya \
        sunil sunita surinder susan susanna suzanne svetlana sven sylvia sylwia szymon tabitha tahir talia tamar \
        tamara tami tammy tanisha tanya tara tariq tasneem tatiana teodor teresa terence terry tess tessa thabo \
        thelma theo theodore theresa thomas tiago tim timothy tina tobias toby tom tomas tomasz tommy toni tony \
        tova tracey tracy trevor tyrone marlon leroy errol courtney denzel jermaine kemar dwayne tremaine \
         tristan tunde tyler tzipora tzvi ugo uma umar usman uzma vaclav valentina valeria \
        valerie vanessa varun vasile vera veronica vicky victor victoria vijay vikram vilma vincent violet viorel \
        vishal vivek vivian vladimir wahid waleed walter wanda wang waqar wasim wayne wei wendy wiktoria wilfred \
        william willow winifred winston wojciech xavier xin yaakov yael yahya yakov yan yasmin yasmina yehuda \
        yehudis yehudit yevgeny yisroel yitzchak yitzi yocheved yoel yonatan yosef yossi youssef yousef yusuf yvette \
        yvonne zac zach zachary zahid zahra zaid zain zainab zak zara zeev zeenat zehra zeynep zhang zissy zoe zofia \
        zohar zoltan zora zuzana zvi zygmunt akosua ama kwadwo yaw kweku abena afua adwoa esi yaa nana obi ngozi \
        nnamdi uchenna adaobi amaka folasade funmilayo olumide babatunde segun tolu temitope yetunde bisi titi \
        hamdi hodan ilhan ifrah deeqa fadumo hawa nasra ubah warsame abdirahman abdikarim liban guled mahad \
        dawit yonas senait tsion haile selam tesfaye mekdes bilal imran irfan kamran naveed shahzad tahira shazia \
        rubina samina parveen nasreen mumtaz jaswinder kuldip manjit paramjit rajvinder balbir baljit gurmeet \
        harjinder jasbir kulwant navdeep ranjit satnam simran tejinder amandeep harleen rupinder sukhjit \
        anh binh duc dung hai hanh hoa hung huong lan linh long mai minh nam ngoc nguyet phuong quang tam thanh \
        thao thi thu trang tuan van xuan yen hui jie jing juan lei li lin ling ming ping qiang qing rui shan \
        tao ting wen xiao xiu yang yi ying yong yu yun zhi zhou jun mei hong fang jian feng chao hao \
        ionela marian florentina mihaela andreia bianca cosmina larisa loredana oana raluca roxana teodora \
        agnieszka aleksandra anna barbara bartosz bartlomiej beata dominik elzbieta hubert iwona jadwiga janusz \
        joanna kamil karol katarzyna krystian lech leszek magdalena marek mariusz marzena michal milosz natalia \
        patryk przemyslaw renata robert sebastian slawomir stanislaw tadeusz teresa urszula wieslaw witold \
        zbigniew zuzanna aurimas darius egle gintare ieva jonas justas laura mantas rasa ruta tomas vytautas \
        dimitar georgi ivanka nikolay petar stoyan todor yordan galina lyudmila natalya oksana olena olha taras \
        vasyl viktor volodymyr yulia yuriy andriy bohdan dmytro mykola serhiy anastasiya daria kateryna \
        ferenc gyorgy istvan janos laszlo zsofia zsuzsanna agnes eszter katalin anikó \
        athanasios christos constantinos georgios ioannis konstantinos kostas maria panagiotis spyros stavros \
        vasilis yiannis eleni katerina sofia despina \
        joao joaquim luisa miguel rui sergio catarina ines mariana beatriz goncalo \
        alejandro alvaro diego javier jesus pablo raul sergio carmen dolores lucia marta pilar rocio \
        alessio andrea davide federico filippo gianni luca marco massimo matteo paolo riccardo simone stefano \
        chiara elisa federica giorgia ilaria martina sara \
        amelie antoine benoit camille celine chloe clement emilie etienne francois guillaume helene jacques \
        jean julien laurent lucie manon mathieu nicolas olivier pascal sebastien sylvie thierry yves \
        dieter dirk frank fritz gunther heinz helmut jens jurgen klaus lars manfred uwe wolfgang ursula \
        anke birgit britta heike jutta karin monika petra sabine silke \
        bjorn erik henrik johan lars magnus nils olaf per sven ingrid kristin maja sigrid \
        ali arash babak behnam dariush farhad hossein kaveh mehdi mohsen reza saeed shirin nasrin parisa \
        ahmet ayse burak can cem deniz emine emre fatih gul hakan kemal mehmet murat mustafa ozlem serkan \
        yusuf zeynep baran berivan dilan rojda \
        abdel ahmed amr ayman bassam fadi ghassan hani hisham ibrahim jamil karim khaled mahmoud marwan \
        mazen nabil nasser omar rami samer sami tarek walid yasser youssef zaid amal dalia hala lina \
        maha manal mona nour rana reem rima salma sawsan \
        nachum eliezer bracha yechezkel yirmiyahu yeshaya zev sender hirsch berish yankel mottel ephraim shmuli \
        arben besnik blerim dritan edona fatmir ilir valbona kumaran thusitha bishnu krishna sita gita hiroshi kenji \
        yuki haruto sakura yui akira takeshi minjun seoyeon jisoo jiwoo jiri petr oisin eoin padraig seamus sorcha \
        grainne caoimhe aoibhinn gethin iolo llywelyn gwenllian eleri azad rebwar farid nkechi chinwe emeka tobenna \
        chukwudi kelechi nneka olusegun adaora folake kwaku esi ekow abdirizak hibaaq sahra hamza ayub zubair \
        ashkan dovber eliyahu gedalia hillel menashe mordy nachman nechemia refoel shea shloimy sruli \
        tuvia yechiel yehoshua yerachmiel yisrael zalman zelig zusha bluma breindy chavi esty faigy frumet \
        gittel leiba miri nechama pessy rivky ruchy sury toby tzirel yitty \
        srully sruly yanky yankel malky lipa golda nosson laibel leibel leiby leibish mushka yitzchok moishe \
        hindy feigy suri blimi duvid pinny yochi heshy motty yidel volvy shimmy yoely lazer shaya frady fraidy \
        henny chezky yossel berel beryl mendel mendy sholom shloime avrumi avrumy dovi dovy yehudis yocheved \
        chaya raizel raizy reizy shaindel sheindy tzivia tzippy zissel zlata \
        fatoumata aminata mariama kadiatou oumou ousmane mamadou moussa ibrahima abdoulaye seydou boubacar \
        kwabena kofi kwame abena efua adwoa ngozi nnamdi obinna uchenna ifeoma tunde funmilayo yetunde segun \
        kayode olumide babajide oren yael noa noam itai lior eitan yonatan nir ofer ronit orly limor hila liat \
        inbal maayan ido yuval ziv dror venkatesh suresh ramesh ganesh lakshmi murali karthik senthil kavitha \
        meenakshi padma saraswathi jurgita egle ieva ruta jurgis mindaugas vytautas audrius rimantas giedre \
        gulsen ayse fatma zeynep elif emine hatice merve ozlem mehmet mustafa huseyin murat emre burak serkan \
        kemal zdenek jaroslav miroslav vaclav ladislav stanislav bohumil zuzana lenka katerina marketa \
        siobhan saoirse roisin sinead cathal donnacha fionn ruairi xiaoling xiaoming jianguo ka-yan
        """)

    static let surnames: Set<String> = set(
        """
        abbott abrahams abramovich abramowitz abramson ackerman adams adeyemi adler agarwal ahmad ahmed ahmadi akhtar \
        alexander ali allen alvarez amin anderson andrews appiah armstrong arnold aronson asante ashkenazi ashworth \
        atkinson atwal austin avraham azoulay bailey baker balogun banda banerjee banks barker barnes barnett baron \
        barrett barry bartlett bashir bates baxter beck begum bell bennett benson bentley berg berger berkovitz berman \
        bernstein bevan bhatt bhatti bibi birch bird bishop black blackburn bloom bloomfield blum bowen bowman boyle \
        bradley brady brennan briggs brooks brown bruce bryant buckley bull burgess burke burns burton butler byrne \
        cahill caldwell cameron campbell carey carr carroll carter cartwright chadwick chambers chan chandler chapman \
        charles chaudhry chaudhary chauhan chen cheung choudhury chowdhury christie clark clarke clayton cole coleman \
        collins connolly conway cook cooke cooper cohen coles collier costa cox craig crawford cross cunningham \
        curtis da dahan daly dalton daniel daniels das davey davidson davies davis dawson day dean desai devlin \
        dhillon dixon dobson doherty donnelly doyle duffy duncan dunn dyer edwards elliott ellis emanuel epstein evans \
        farrell feldman ferguson fernandes fernandez finch finkelstein fischer fisher fishman fitzgerald fleming \
        fletcher flynn ford foster fowler fox francis frankel franklin fraser freedman freeman friedman fry fuller \
        gallagher garcia gardner garner gibbs gibson gilbert gill gilmour glover goldberg goldman goldsmith goldstein \
        gomez gonzalez goodman gordon gorman gould graham grant gray green greenberg greene gregory griffin griffiths \
        gross grossman gupta hale hall hamilton hammond hancock hanson harding harper harris harrison hart hartley \
        harvey hassan hawkins hayes haynes hayward heath henderson henry herbert hewitt hicks higgins hill hills \
        hirsch ho hobbs hodgson holland holmes holt hooper hopkins horowitz horton houghton howard howe howell hudson \
        hughes hunt hunter hussain hussein hutchinson hyde iqbal islam israel jackson jacobs jacobson james jenkins \
        jennings johnson johnston jones jordan joseph joshi kahn kamara kaplan kapoor katz kaur kay kelly kennedy kent \
        kerr khan khatun kim king kirby klein knight koch kowalski kumar lamb lambert lane lang law lawrence lawson \
        lee leonard levi levin levine levy lewin lewis li lin lindsay lipman little lloyd long lopez lord lowe lucas \
        lynch lyons macdonald mack mackenzie maguire mahmood mahmoud malik mann marks marsh marshall martin martinez \
        mason matthews maxwell may mcbride mccarthy mcdonald mcgrath mckenzie mclean mehta mendes mensah meyer miah \
        miles miller mills mirza mistry mitchell mohamed mohammed molloy montgomery moore moran morgan morris morrison \
        moss murphy murray myers nash nelson newman newton nguyen nicholls nicholson nolan norman norris nowak \
        obrien oconnor odonnell okafor okonkwo oliver oneill osborne osei owen owens page palmer parker parkinson \
        parmar parry parsons patel patterson payne pearce pearson perera perkins perry peters phillips pickering \
        pierce pollard porter potter powell power pratt preston price pritchard quinn rahman rana randall rashid \
        read reed rees reid reynolds rhodes rice richards richardson riley roberts robertson robinson rodriguez \
        rogers rose rosen rosenberg ross rowe russell ryan saeed sanders sandhu santos saunders schwartz scott \
        segal shah shapiro sharma sharp shaw sheikh shepherd siddiqui silva simmons simpson sinclair singh slater \
        smart smith solomon spencer stanley steele stephens stephenson stern stevens stewart stone sullivan sutton \
        swift sykes tailor talbot tan taylor thomas thompson thomson thornton todd townsend tucker turner tyler \
        vaughan vincent wade walker wall wallace walsh walters walton wang ward warner warren watkins watson watts \
        weaver webb webster weiss welch wells west wheeler white whitehead wilkins wilkinson williams williamson \
        willis wilson wong wood woods wright wu yadav yang young zhang zhou \
        abecassis adelman alpert altman aronov aronovitz bader barak benarroch bendahan benhamou benjamin berkowitz \
        birnbaum blau blumberg blumenthal brodsky cantor caplan chaikin cowan dayan deutsch diamond dreyfus edelman \
        ehrlich eisen eisenberg elbaz engel falk feinberg feingold fein feinstein feldberg fine fink finkel fleischer \
        frank franks freud frieden fried friedlander friedmann gabay gelb geller gerber ginsberg ginsburg glass \
        glassman gluck gold goldblatt goldfarb goldschmidt goldwater gottlieb greenbaum greenfield greenspan \
        gruber grunberg haddad halevi halpern hershkowitz herzog hillel hoffman holtzman horwitz isaacs isaacson \
        jacobi jaffe kagan kahan kalmanson kaminsky kandel karp kasher katzenberg kessler kirsch klug kohn kornblum \
        kosky kramer kraus krauss kurtz landau lazarus lehrer leibowitz lerner leventhal levenson levinson \
        levitt levitan levy lieberman liebowitz lipschitz loewe mandel mandelbaum margolis margolin marcus mayer \
        meisel melamed mendelsohn mendelssohn menashe mizrahi mordechai morgenstern moscovitch nachmani naftali \
        nathan nathanson oppenheim oppenheimer ostrovsky pearl peretz perlman pinto pinsker polak pollack posner \
        rabin rabinowitz rappaport reich reichman reiss rosenbaum rosenblatt rosenfeld rosenthal rosenzweig roth \
        rothman rothschild rothstein rubin rubinstein sachs salomon samuels samuel sandler sassoon schachter \
        schechter scheiner schiff schlesinger schneider schreiber schwarz seligman shamash shapira sharabi \
        shulman siegel silberman silver silverman silverstein simons singer sklar sobel sofer sokolov solomons \
        spiegel spielberg stein steinberg steiner sternberg strauss sussman tal teitelbaum tenenbaum wachs \
        wasserman waxman weinberg weiner weinstein weisz weissman wexler winkler wolf wolfe wolfson yaffe \
        zacharia zeidman zimmerman zucker zuckerman elias abraham abrams benson dreyfuss \
        adebayo adeleke adewale adeyemo afolabi ajayi akande akinola akintola alabi amadi anyanwu ayodele babatunde \
        balogun chukwu eze ezeh igwe ike nwachukwu nwosu obi obiora odunsi ogbonna ogunleye ojo okeke okoro \
        okoye oladipo olatunji olawale oluwole onyeka osagie owusu boateng darko mensah acheampong agyeman \
        amoah annan appiah asamoah asante badu bonsu danso donkor frimpong gyamfi kumi ofori oppong quaye \
        sarpong tetteh yeboah abdi abdullahi aden ahmed ali dahir egal farah hassan hersi ibrahim ismail jama \
        mohamud muse nur omar osman samatar warsame yusuf haile tesfaye gebre gebremariam kebede tadesse \
        ahmadzai anwar arshad ashraf aslam aziz baig butt chohan dar farooq ghani habib haider hameed \
        hanif haq haque hashmi hayat hussein ilyas iqbal jamil javed kayani khalid khalil latif mahmood \
        majeed malik masood mirza mughal munir nadeem naqvi nawaz qureshi raja rashid raza rehman riaz sadiq \
        saleem sarwar shafiq shahid sharif siddique sultan syed tariq usman yousaf zaman zaidi \
        agarwal ahluwalia arora bajwa banerjee basra bedi bhalla bhamra bhandari bhatia bhogal bose chadha \
        chakraborty chana chopra dhaliwal dhami dhanda dosanjh dutta gandhi garcha ghosh gill goyal grewal \
        jain jassal johal kalsi kang kapoor kumar lal mahal mann mehra mistry nair pandey pandya parekh \
        purewal rai rajput ramsay rao reddy sahota saini sandhu sangha saxena sethi shah shukla sidhu sodhi \
        soni srivastava tiwari trivedi uppal verma virdee vyas \
        chan chang cheng chow chu chung fong fung ho hu huang kwan kwok lai lam lau leung liang lim ling liu \
        lo lu luo ma mak ng pang qian shen song sun tang tse wan wei wong wu xie xu yan yeung yip yuen zhao \
        zheng zhu bui dang do duong ha hoang huynh le ly mai ngo nguyen pham phan tran trinh truong vo vu \
        aquino bautista castillo cruz dela delacruz domingo garcia mendoza ramos reyes santos villanueva \
        adamczyk baran bielecki dabrowski duda grabowski jankowski jasinski kaczmarek kaminski kowalczyk \
        kowalewski kozlowski krawczyk kwiatkowski lewandowski mazur michalski nowakowski nowicki olszewski \
        pawlak pietrzak piotrowski rutkowski sikora szczepanski szymanski tomaszewski walczak wisniewski \
        wojcik wozniak wrobel zajac zielinski baciu dumitru florea georgescu ionescu munteanu nistor \
        pop popa popescu radu rusu stan stoica tudor ursu vasile kazlauskas petrauskas jankauskas \
        bondarenko boyko hrytsenko ivanenko kovalenko kovalchuk kravchenko lysenko melnyk moroz petrenko \
        savchenko shevchenko tkachenko ivanov petrov smirnov sokolov popov volkov kuznetsov novak horvath \
        kovacs nagy szabo toth varga papadopoulos georgiou christodoulou constantinou demetriou ioannou \
        nicolaou papas pappas economou kyriacou charalambous antoniou \
        almeida alves araujo carvalho correia costa dias ferreira gomes lopes marques martins oliveira pereira \
        pinto ribeiro rocha rodrigues sousa teixeira vieira diaz fernandez gonzales hernandez jimenez moreno \
        munoz navarro perez romero ruiz sanchez torres vazquez bianchi colombo conti esposito ferrari ricci \
        romano russo bernard dubois durand fontaine girard lefebvre leroy martin mercier moreau petit roux \
        becker fischer hoffmann koch meyer muller richter schmidt schmitt schulz wagner weber \
        andersen hansen jensen johansson larsen nielsen olsen pedersen svensson \
        ahmadi hosseini karimi mohammadi rezaei sadeghi tehrani aydin celik demir kaya ozturk sahin yildiz yilmaz \
        hoxha krasniqi berisha gashi shala morina kelmendi sivakumar thavarajah rajaratnam selvarajah kandiah \
        balasubramaniam nadarajah gurung thapa magar tamang shrestha tanaka sato suzuki takahashi watanabe \
        yamamoto nakamura kobayashi choi jung kang cho yoon jang dvorak novotny svoboda cerny prochazka \
        ahmadzai popal rahimi elhassan souza nwankwo ogunbiyi adeleye oyelaran akinyemi mwangi otieno kamau \
        ochieng wanjiru banda phiri mutasa moyo dlamini ndlovu nkosi \
        obrien oconnell oconnor odonnell odriscoll ogorman ohara okeefe oleary omahony oneill oreilly \
        osullivan mcallister mccann mccarthy mcconnell mccormack mcdermott mcgee mcgowan mcguinness mcintyre \
        mckay mclaughlin mcmahon mcnamara mcneill macleod macdougall mackay mackintosh macpherson \
        diallo traore toure keita coulibaly camara balde cisse diop ndiaye mensah owusu boateng asante osei \
        adjei appiah okafor okeke nwosu ogunleye abubakar shalev mizrahi peretz biton dahan ohana azoulay \
        shapira carmi subramanian srinivasan krishnan ramachandran balasubramanian iyer iyengar nair menon \
        pillai reddy naidu raghavan sundaram natarajan arumugam petrauskas petrauskiene kazlauskas jankauskas \
        stankevicius vasiliauskas zukauskas aydogan yilmaz demir sahin celik yildiz yildirim ozturk aydin \
        ozdemir arslan dogan kilic cetin ozkan novak kucera horak nemec pokorny pospisil suilleabhain \
        ceallaigh phadraig
        """)
}
