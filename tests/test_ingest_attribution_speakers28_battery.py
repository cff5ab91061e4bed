"""The speakers28 probe battery: invented passages of two or three people (alternating speakers,
pronouns after two names, role descriptions, organisations and their people, interviews, a quotation
inside another's), each with the (quote, speaker) pairs a reader expects. The probes that pass are
kept passing here; those that still fail are listed at the end with why.

A pair passes when some claim's quote holds the fragment and its chain's first source is the speaker
(its name, or that name after a title the name kept: "Prosecutor Dalia Nunez"); a tuple is the whole
chain, inner speaker first. A leading "the" is ignored.
"""

from __future__ import annotations

import pytest
from attribution_helpers import claims

Expected = tuple[str, str | tuple[str, ...]]


def _norm(name: str) -> str:
    name = name.lower()
    return name[4:] if name.startswith("the ") else name


def _same(found: str, wanted: str) -> bool:
    return _norm(found) == _norm(wanted) or (
        found[:1].isupper() and found.lower().endswith(" " + wanted.lower())
    )


def _fits(chain: tuple[str, ...], who: str | tuple[str, ...]) -> bool:
    if isinstance(who, tuple):
        return len(chain) == len(who) and all(_same(a, b) for a, b in zip(chain, who, strict=True))
    return bool(chain) and _same(chain[0], who)


PROBES: list[tuple[str, tuple[str, ...], tuple[Expected, ...]]] = [
    (
        "alt01",
        (
            "Senator Ana Ruiz and Tom Hale debated the plan on Monday.",
            "“It will cost too much,” Ruiz said.",
            "“It will pay for itself,” Hale replied.",
        ),
        (
            ("It will cost too much", "Ana Ruiz"),
            ("It will pay for itself", "Tom Hale"),
        ),
    ),
    (
        "alt02",
        (
            "Lena Ostrova, a farmer, met the planner Piet Vanderlo at the site.",
            "“We were never asked,” Ostrova said.",
            "“You were asked twice,” Vanderlo said. “The letters went out in May.”",
        ),
        (
            ("We were never asked", "Lena Ostrova"),
            ("You were asked twice", "Piet Vanderlo"),
            ("The letters went out in May", "Piet Vanderlo"),
        ),
    ),
    (
        "alt03",
        (
            "Grace Mbeki runs the shelter. Her deputy, Sam Tolliver, handles the money.",
            "“We turn people away every night,” said Mbeki.",
            "“And the grants keep shrinking,” said Tolliver.",
        ),
        (
            ("We turn people away", "Grace Mbeki"),
            ("the grants keep shrinking", "Sam Tolliver"),
        ),
    ),
    (
        "alt04",
        (
            "Council member Rosa Delmar clashed with Mayor Evan Pruitt at the hearing.",
            "“This budget is a fantasy,” Delmar said.",
            "Pruitt shook his head. “It is balanced to the dollar.”",
        ),
        (
            ("This budget is a fantasy", "Rosa Delmar"),
            ("It is balanced to the dollar", "Evan Pruitt"),
        ),
    ),
    (
        "alt05",
        (
            "Coach Marta Lind and striker Jonas Feld spoke after the match.",
            "Lind was pleased. “We defended well,” she said.",
            "Feld was less happy. “I missed two easy chances,” he said.",
        ),
        (
            ("We defended well", "Marta Lind"),
            ("I missed two easy chances", "Jonas Feld"),
        ),
    ),
    (
        "alt06",
        (
            "Priya Nandal and her sister Kiran Nandal opened the bakery in 2019.",
            "“We had no money at all,” Priya said.",
            "“Just a borrowed oven,” Kiran added.",
        ),
        (
            ("We had no money at all", "Priya Nandal"),
            ("Just a borrowed oven", "Kiran Nandal"),
        ),
    ),
    (
        "alt07",
        (
            "Victor Hume, the union leader, met Claire Dossou, the factory owner, on Friday.",
            "“They offered us nothing,” Hume said afterwards.",
            "Dossou disagreed. “Our offer was generous,” she said.",
        ),
        (
            ("They offered us nothing", "Victor Hume"),
            ("Our offer was generous", "Claire Dossou"),
        ),
    ),
    (
        "alt08",
        (
            "Two residents, Omar Sadiq and Beth Carrow, watched the water rise.",
            "“It came in through the floor,” Sadiq said.",
            "Carrow pointed at the wall. “It reached here by noon,” she said.",
            "“We lost everything,” Sadiq said.",
        ),
        (
            ("It came in through the floor", "Omar Sadiq"),
            ("It reached here by noon", "Beth Carrow"),
            ("We lost everything", "Omar Sadiq"),
        ),
    ),
    (
        "alt09",
        (
            "Detective Ray Quimby questioned the witness, Nora Fells.",
            "“Where were you at nine?” Quimby asked.",
            "“At home, with my son,” Fells answered.",
        ),
        (
            ("Where were you at nine", "Ray Quimby"),
            ("At home, with my son", "Nora Fells"),
        ),
    ),
    (
        "alt10",
        (
            (
                "Ivan Petrak told the court he had never met the victim. The prosecutor, Helen "
                "Strand, was unconvinced."
            ),
            "“Your phone was in her street that night,” Strand said.",
            "“I lend my phone to friends,” Petrak said.",
        ),
        (
            ("Your phone was in her street", "Helen Strand"),
            ("I lend my phone to friends", "Ivan Petrak"),
        ),
    ),
    (
        "alt12",
        (
            "Minister Joan Achebe answered questions from opposition leader Mark Tilden.",
            "Tilden said the hospitals were “at breaking point”.",
            "Achebe said the claim was “simply untrue”.",
        ),
        (
            ("at breaking point", "Mark Tilden"),
            ("simply untrue", "Joan Achebe"),
        ),
    ),
    (
        "alt13",
        (
            "Sofia Brandt, Leo Marsh and Dana Kiel all lost their jobs in March.",
            "“I had worked there 20 years,” Brandt said.",
            "“They told us by email,” said Marsh.",
            "Kiel said she had found new work “within a week”.",
        ),
        (
            ("I had worked there 20 years", "Sofia Brandt"),
            ("They told us by email", "Leo Marsh"),
            ("within a week", "Dana Kiel"),
        ),
    ),
    (
        "alt14",
        (
            "Paul Greer, a pilot, and his co-pilot, Anna Voss, landed the plane safely.",
            "“The engine just stopped,” Greer said.",
            "“We trained for this,” Voss said. “It still felt unreal.”",
        ),
        (
            ("The engine just stopped", "Paul Greer"),
            ("We trained for this", "Anna Voss"),
            ("It still felt unreal", "Anna Voss"),
        ),
    ),
    (
        "alt15",
        (
            "Mayor Ines Carvalho and police chief Derek Holm held a joint briefing.",
            "“The streets are safer than last year,” Carvalho said.",
            "Holm agreed. “Burglaries are down a third,” he said.",
        ),
        (
            ("The streets are safer", "Ines Carvalho"),
            ("Burglaries are down a third", "Derek Holm"),
        ),
    ),
    (
        "alt16",
        (
            "Teacher Ruth Amadi asked her pupil, Ben Castle, about the project.",
            "“I built it with my grandfather,” Ben said.",
            "“He is very proud,” Amadi said.",
        ),
        (
            ("I built it with my grandfather", "Ben Castle"),
            ("He is very proud", "Ruth Amadi"),
        ),
    ),
    (
        "alt17",
        (
            (
                "Hannah Rigg has lived next to the airport for 30 years. Her neighbour, Colin "
                "Pate, moved in last year."
            ),
            "“The noise never stops,” Rigg said.",
            "Pate said he had not noticed “anything unusual”.",
        ),
        (
            ("The noise never stops", "Hannah Rigg"),
            ("anything unusual", "Colin Pate"),
        ),
    ),
    (
        "alt18",
        (
            "Economist Fatima Oyel debated banker Lars Henning on the radio.",
            ("Oyel argued that rates were “far too high”. Henning said they were “about right”."),
        ),
        (
            ("far too high", "Fatima Oyel"),
            ("about right", "Lars Henning"),
        ),
    ),
    (
        "alt19",
        (
            "The striker, Diego Mora, and his manager, Kurt Elling, spoke to reporters.",
            "“I want to stay,” Mora said.",
            "“Then he will stay,” Elling said.",
        ),
        (
            ("I want to stay", "Diego Mora"),
            ("Then he will stay", "Kurt Elling"),
        ),
    ),
    (
        "alt20",
        (
            "Tess Harlow and Nadia Quist founded the charity together.",
            "“We started in a garage,” Harlow said. “Now we have four warehouses.”",
            "Quist laughed. “And still no heating,” she said.",
        ),
        (
            ("We started in a garage", "Tess Harlow"),
            ("Now we have four warehouses", "Tess Harlow"),
            ("And still no heating", "Nadia Quist"),
        ),
    ),
    (
        "pro01",
        (
            "Ana Ruiz met Tom Hale's lawyer on Tuesday.",
            "She said the talks had been “productive”.",
        ),
        (("productive", "Ana Ruiz"),),
    ),
    (
        "pro02",
        (
            "Judge Mara Quell sentenced Paul Dreyer to six years.",
            "She said his crimes were “cold and calculated”.",
        ),
        (("cold and calculated", "Mara Quell"),),
    ),
    (
        "pro04",
        (
            "Helga Strom thanked Omar Bakri for his help.",
            "“He saved my life,” she said.",
        ),
        (("He saved my life", "Helga Strom"),),
    ),
    (
        "pro05",
        (
            "Owen Tracy praised his rival Sara Plum after the race.",
            "“She was simply faster today,” he said.",
        ),
        (("She was simply faster today", "Owen Tracy"),),
    ),
    (
        "pro06",
        (
            "Owen Tracy praised his rival Sara Plum after the race.",
            "She said the win was “a team effort”.",
        ),
        (("a team effort", "Sara Plum"),),
    ),
    (
        "pro07",
        (
            "Liam Foster sued his former employer, Dana Crest, in May.",
            "He says she owes him “years of wages”.",
        ),
        (("years of wages", "Liam Foster"),),
    ),
    (
        "pro08",
        (
            "Nina Sorel's husband, Felix Sorel, was arrested on Friday.",
            "She said he was “completely innocent”.",
        ),
        (("completely innocent", "Nina Sorel"),),
    ),
    (
        "pro09",
        (
            "Nina Sorel's husband, Felix Sorel, was arrested on Friday.",
            "He said through a lawyer that he was “completely innocent”.",
        ),
        (("completely innocent", "Felix Sorel"),),
    ),
    (
        "pro10",
        (
            "Rachel Imbe interviewed the author Peter Lusk last week.",
            "He told her the book had taken “eleven years”.",
        ),
        (("eleven years", "Peter Lusk"),),
    ),
    (
        "pro11",
        (
            "Governor Alan Brisk appointed Carla Ness as his chief of staff.",
            "“She is the best there is,” he said.",
        ),
        (("She is the best there is", "Alan Brisk"),),
    ),
    (
        "pro12",
        (
            "Governor Alan Brisk appointed Carla Ness as his chief of staff.",
            "“I am honoured,” she said.",
        ),
        (("I am honoured", "Carla Ness"),),
    ),
    (
        "pro13",
        (
            "The Dalton family hired lawyer Mia Vance after the crash.",
            "“They want answers,” she said.",
        ),
        (("They want answers", "Mia Vance"),),
    ),
    (
        "pro14",
        (
            "Kofi Adjei and his wife Ama Adjei run the farm.",
            "She said the drought had been “the worst in memory”.",
        ),
        (("the worst in memory", "Ama Adjei"),),
    ),
    (
        "pro16",
        (
            "Tara Wells replaced Jon Birch as chair in April.",
            "She said her first task was “to fix the accounts”.",
        ),
        (("to fix the accounts", "Tara Wells"),),
    ),
    (
        "pro17",
        (
            "Ali Rahmani called his brother, Reza Rahmani, from the airport.",
            "“I told him not to come,” Ali said.",
        ),
        (("I told him not to come", "Ali Rahmani"),),
    ),
    (
        "pro18",
        (
            "Greta Holm visited her mother, Inge Holm, in hospital.",
            "“She barely recognised me,” Greta said.",
        ),
        (("She barely recognised me", "Greta Holm"),),
    ),
    (
        "pro19",
        (
            "Sam Orton sold the company to Lucy Frame in 2020.",
            "Orton said he had no regrets. “It was the right price,” he said.",
        ),
        (("It was the right price", "Sam Orton"),),
    ),
    (
        "pro20",
        (
            "Sam Orton sold the company to Lucy Frame in 2020.",
            "Frame said she had paid “far too much”.",
        ),
        (("far too much", "Lucy Frame"),),
    ),
    (
        "pro21",
        (
            "Ben Adair and Carl Moss argued in the corridor.",
            "Adair said Moss had lied. He called the report “a whitewash”.",
        ),
        (("a whitewash", "Ben Adair"),),
    ),
    (
        "pro22",
        (
            "Mila Hart met the prime minister, Oskar Vell, in Paris.",
            "Vell said afterwards that she had been “very persuasive”.",
        ),
        (("very persuasive", "Oskar Vell"),),
    ),
    (
        "pro23",
        (
            "The workers at Brenna Mills walked out on Monday.",
            "They said the new shifts were “impossible”.",
        ),
        (("impossible", "the workers"),),
    ),
    (
        "pro24",
        (
            "Nora Kett wrote to Philip Ames in March.",
            "In the letter, she said the deal was “off”.",
        ),
        (("off", "Nora Kett"),),
    ),
    (
        "pro25",
        (
            "Lucas Fenn, whose daughter Ivy was hurt in the crash, spoke to reporters.",
            "“She is lucky to be alive,” he said.",
        ),
        (("She is lucky to be alive", "Lucas Fenn"),),
    ),
    (
        "role01",
        (
            "Ana Ruiz, the finance minister, presented the budget.",
            "“This is a budget for growth,” the minister said.",
        ),
        (("This is a budget for growth", "Ana Ruiz"),),
    ),
    (
        "role02",
        (
            "Karen Oduya, 45, has worked at the plant for two decades.",
            "“I love this job,” the 45-year-old said.",
        ),
        (("I love this job", "Karen Oduya"),),
    ),
    (
        "role04",
        (
            "Dr Lena Whit, a cardiologist at City Hospital, treated the patient.",
            "The doctor said he was “stable and awake”.",
        ),
        (("stable and awake", "Lena Whit"),),
    ),
    (
        "role05",
        (
            "Mayor Chris Alder met the protesters on Friday.",
            "“I hear you,” the mayor told them.",
        ),
        (("I hear you", "Chris Alder"),),
    ),
    (
        "role08",
        (
            "Prosecutor Dalia Nunez questioned the defendant, Rick Amos.",
            "“You knew the gun was loaded,” the prosecutor said.",
            "“I did not,” the defendant replied.",
        ),
        (
            ("You knew the gun was loaded", "Dalia Nunez"),
            ("I did not", "Rick Amos"),
        ),
    ),
    (
        "role09",
        (
            "Senator Joel Marks and Governor Ruth Penn spoke at the rally.",
            "The governor said the state was “ready to build”.",
            "The senator called the plan “a good start”.",
        ),
        (
            ("ready to build", "Ruth Penn"),
            ("a good start", "Joel Marks"),
        ),
    ),
    (
        "role10",
        (
            "Hospital spokesperson Tina Grove confirmed the death.",
            "The spokesperson said the family had been “informed”.",
        ),
        (("informed", "Tina Grove"),),
    ),
    (
        "role11",
        (
            "Police spokesman Neil Barr said the driver fled.",
            "“We are looking for a grey van,” the spokesman added.",
        ),
        (("We are looking for a grey van", "Neil Barr"),),
    ),
    (
        "role13",
        (
            "Felix Arden, the club's president, defended the sale.",
            "“The club needed money,” the president said.",
            "Fans were not convinced.",
        ),
        (("The club needed money", "Felix Arden"),),
    ),
    (
        "role14",
        (
            "Health Secretary Janet Colby faced questions on waiting lists.",
            "The health secretary said the figures were “improving”.",
        ),
        (("improving", "Janet Colby"),),
    ),
    (
        "role16",
        (
            "Actor Mina Sol won the award on Sunday.",
            "“I am speechless,” the actor said.",
        ),
        (("I am speechless", "Mina Sol"),),
    ),
    (
        "role17",
        (
            "The singer Rhea Dunn cancelled the tour.",
            "The 31-year-old said she needed “time to heal”.",
        ),
        (("time to heal", "Rhea Dunn"),),
    ),
    (
        "role18",
        (
            "General Abel Ortiz commands the northern army.",
            "“We will hold the line,” the general said.",
        ),
        (("We will hold the line", "Abel Ortiz"),),
    ),
    (
        "role19",
        (
            "Maya Torres, a lawyer for the family, spoke outside court.",
            "The lawyer said the ruling was “a victory for the truth”.",
        ),
        (("a victory for the truth", "Maya Torres"),),
    ),
    (
        "role20",
        (
            "Pavel Roth, the ambassador, and Ida Kask, his deputy, attended.",
            "The ambassador said relations were “warm”.",
        ),
        (("warm", "Pavel Roth"),),
    ),
    (
        "role21",
        (
            "Gina Lowe, the head teacher, and Tom Reyes, a parent, spoke after the meeting.",
            "The head teacher said the school was “safe”.",
            "The parent said he was “not reassured”.",
        ),
        (
            ("safe", "Gina Lowe"),
            ("not reassured", "Tom Reyes"),
        ),
    ),
    (
        "role22",
        (
            "Ruth Kwan, who founded the startup in 2018, sold it last week.",
            "“It was time,” the founder said.",
        ),
        (("It was time", "Ruth Kwan"),),
    ),
    (
        "role23",
        (
            "Chief Inspector Walter Grieg led the inquiry.",
            "The inspector said there was “no evidence of foul play”.",
        ),
        (("no evidence of foul play", "Walter Grieg"),),
    ),
    (
        "role24",
        (
            "The victim's mother, Alma Reyes, spoke outside court.",
            "“Justice was done,” Mrs Reyes said.",
        ),
        (("Justice was done", "Alma Reyes"),),
    ),
    (
        "org01",
        (
            "Minister Ana Ruiz announced the plan on Monday.",
            "The ministry said in a statement that it would cost “about $2bn”.",
        ),
        (("about $2bn", "The ministry"),),
    ),
    (
        "org03",
        (
            "Ferro Steel agreed to buy Talmet for $3bn.",
            "Talmet's chief executive, Lisa Brand, said the deal was “good for both”.",
        ),
        (("good for both", "Lisa Brand"),),
    ),
    (
        "org05",
        (
            "The union, Unite Workers, represents 4,000 staff at the plant.",
            "Its general secretary, Rob Haines, said the cuts were “brutal”.",
        ),
        (("brutal", "Rob Haines"),),
    ),
    (
        "org06",
        (
            "Greenway, a charity, works with homeless families.",
            "Its director, Mae Lott, said demand had “doubled”.",
        ),
        (("doubled", "Mae Lott"),),
    ),
    (
        "org07",
        (
            "The Department of Health said on Tuesday that cases had risen.",
            "A spokesperson for the department said the rise was “expected”.",
        ),
        (("expected", "A spokesperson for the department"),),
    ),
    (
        "org08",
        (
            "Norvik Air cancelled 200 flights. Its rival, Skylane, cancelled 40.",
            "Norvik Air said the strike had left it “no option”.",
        ),
        (("no option", "Norvik Air"),),
    ),
    (
        "org10",
        (
            "The Harlow Group employs 900 people.",
            (
                "Its chairman, Ed Vint, said the firm was “in good health”. The group said "
                "profits rose “strongly”."
            ),
        ),
        (
            ("in good health", "Ed Vint"),
            ("strongly", "The Harlow Group"),
        ),
    ),
    (
        "org11",
        (
            "Dr Hana Kwei leads the research team at Oxbridge Labs.",
            "“Our results are preliminary,” she said. The lab said more trials were “needed”.",
        ),
        (
            ("Our results are preliminary", "Hana Kwei"),
            ("needed", "Oxbridge Labs"),
        ),
    ),
    (
        "org12",
        (
            "Tesmo, the carmaker, recalled 10,000 vehicles.",
            "The firm said the fault was “minor”.",
        ),
        (("minor", "Tesmo"),),
    ),
    (
        "org13",
        (
            "Residents group Save Elm Park opposes the tower.",
            "Its chair, Dot Harker, said the group would “fight to the end”.",
        ),
        (("fight to the end", "Dot Harker"),),
    ),
    (
        "org14",
        (
            "The White Lake council voted to close the library.",
            ("The council said it had “no money left”. Councillor Ada Frey said she was “ashamed”."),
        ),
        (
            ("no money left", "The White Lake council"),
            ("ashamed", "Ada Frey"),
        ),
    ),
    (
        "org15",
        (
            "Vantage Bank fired its chief, Neil Orme, on Monday.",
            ("The bank said he had broken “several rules”. Orme said he had done “nothing wrong”."),
        ),
        (
            ("several rules", "Vantage Bank"),
            ("nothing wrong", "Neil Orme"),
        ),
    ),
    (
        "org16",
        (
            "Kell Foods and Marsh Dairy both raised prices.",
            "Kell Foods said costs had risen “sharply”. Marsh Dairy said it had “no choice”.",
        ),
        (
            ("sharply", "Kell Foods"),
            ("no choice", "Marsh Dairy"),
        ),
    ),
    (
        "org17",
        (
            "The prime minister's office said the visit was “routine”.",
            "Downing Street later said the talks were “frank”.",
        ),
        (
            ("routine", "The prime minister's office"),
            ("frank", "Downing Street"),
        ),
    ),
    (
        "org18",
        (
            "Amnesty International criticised the arrests.",
            "“These are peaceful protesters,” the group said.",
        ),
        (("These are peaceful protesters", "Amnesty International"),),
    ),
    (
        "org19",
        (
            "Parents at Hillcrest School complained about the new uniforms.",
            "The school said the change was “long overdue”.",
        ),
        (("long overdue", "Hillcrest School"),),
    ),
    (
        "org20",
        (
            "Lumen Energy's chief executive, Ravi Shah, spoke on Tuesday.",
            ("“We will keep prices flat,” he said. Lumen later said it would raise them “slightly”."),
        ),
        (
            ("We will keep prices flat", "Ravi Shah"),
            ("slightly", "Lumen Energy"),
        ),
    ),
    (
        "int01",
        (
            "Sara Milne spoke to the painter Jorge Arce at his studio.",
            "Arce says he paints “only at night”.",
            "“The light is kinder then,” he said.",
        ),
        (
            ("only at night", "Jorge Arce"),
            ("The light is kinder then", "Jorge Arce"),
        ),
    ),
    (
        "int02",
        (
            "Lara Tamsin left the party last month. She spoke to us about her plans.",
            "Q: Why did you leave?",
            "A: It had stopped listening to voters.",
            "Q: Will you run again?",
            "A: Never say never.",
        ),
        (
            ("It had stopped listening to voters", "Lara Tamsin"),
            ("Never say never", "Lara Tamsin"),
        ),
    ),
    (
        "int03",
        (
            "In an interview, the novelist Ahmed Soler told me he writes by hand.",
            "“Screens make me lazy,” he said.",
            "I asked whether he would ever use one. “Maybe when I am ninety,” he joked.",
        ),
        (
            ("Screens make me lazy", "Ahmed Soler"),
            ("Maybe when I am ninety", "Ahmed Soler"),
        ),
    ),
    (
        "int04",
        (
            "Radio host Ben Cray asked Minister Ola Bright about the strike.",
            "“Will you meet the nurses?” Cray asked.",
            "“My door is always open,” Bright said.",
        ),
        (
            ("Will you meet the nurses", "Ben Cray"),
            ("My door is always open", "Ola Bright"),
        ),
    ),
    (
        "int05",
        (
            "Speaking to this newspaper, chef Rosa Imre said the restaurant would close.",
            "“Rents have tripled,” she said. “We cannot survive.”",
        ),
        (
            ("Rents have tripled", "Rosa Imre"),
            ("We cannot survive", "Rosa Imre"),
        ),
    ),
    (
        "int06",
        (("In an interview with the BBC, Marco Vell, the team's captain, said he was “heartbroken”."),),
        (("heartbroken", "Marco Vell"),),
    ),
    (
        "int07",
        (("Asked by reporters whether she would resign, Mayor Dina Frost said: “Absolutely not.”"),),
        (("Absolutely not", "Dina Frost"),),
    ),
    (
        "int09",
        ("When asked about the scandal, the chairman, Otto Kern, said only: “No comment.”",),
        (("No comment", "Otto Kern"),),
    ),
    (
        "int10",
        (("Talking to Channel 4, the activist Yara Sami described the camp as “hell on earth”."),),
        (("hell on earth", "Yara Sami"),),
    ),
    (
        "int11",
        (
            "The interviewer, Jan Roos, pressed the minister, Alba Ferri, on taxes.",
            "Ferri said there would be “no new taxes this year”.",
        ),
        (("no new taxes this year", "Alba Ferri"),),
    ),
    (
        "int12",
        ("Grace Elm told the Herald that her company was “not for sale”.",),
        (("not for sale", "Grace Elm"),),
    ),
    (
        "int13",
        (
            "Host Andy Rook asked singer Nell Bay about her new album.",
            "“It is my most personal record,” Bay said. Rook called it “a masterpiece”.",
        ),
        (
            ("It is my most personal record", "Nell Bay"),
            ("a masterpiece", "Andy Rook"),
        ),
    ),
    (
        "int14",
        ("In a phone interview, the farmer, Joe Tull, said the rain had come “too late”.",),
        (("too late", "Joe Tull"),),
    ),
    (
        "int15",
        (
            "Kim Aho, a student, was interviewed by reporter Dev Patel outside the school.",
            "“We were terrified,” Aho said.",
        ),
        (("We were terrified", "Kim Aho"),),
    ),
    (
        "nest01",
        (
            "Maria Oduya, a nurse, recalled the night.",
            "Oduya said her supervisor, Dan Fisk, told her: “Go home and rest.”",
        ),
        (("Go home and rest", ("Dan Fisk", "Maria Oduya")),),
    ),
    (
        "nest02",
        ("“My father always said, ‘Never sell the land,’” said Pete Gorm, a farmer.",),
        (("My father always said", "Pete Gorm"),),
    ),
    (
        "nest03",
        (("Lawyer Iris Dane said her client, Tom Vick, had told police he was “nowhere near” the shop."),),
        (("nowhere near", ("Tom Vick", "Iris Dane")),),
    ),
    (
        "nest04",
        ("According to Lena Ravel, the mayor told staff the plan was “dead”.",),
        (("dead", ("the mayor", "Lena Ravel")),),
    ),
    (
        "nest06",
        (
            (
                "Ruth Sena recalled her first day. “My boss, Kay Lomm, said to me: ‘You will hate "
                "it here,’” Sena said."
            ),
        ),
        (("You will hate it here", ("Kay Lomm", "Ruth Sena")),),
    ),
    (
        "nest08",
        ("Ian Roe said his sister had warned him the bridge was “unsafe”.",),
        (("unsafe", ("his sister", "Ian Roe")),),
    ),
    (
        "nest10",
        ("“When I asked the doctor, she said ‘It is nothing serious’,” said Ken Abe, 60.",),
        (("When I asked the doctor", "Ken Abe"),),
    ),
    (
        "mix01",
        (
            "Dara Pike, a shop owner, and her landlord, Hal Moss, are in a dispute.",
            ("Pike said the rent had “doubled overnight”. Moss said it was “still below market”."),
        ),
        (
            ("doubled overnight", "Dara Pike"),
            ("still below market", "Hal Moss"),
        ),
    ),
    (
        "mix02",
        (
            "Dara Pike, a shop owner, and her landlord, Hal Moss, are in a dispute.",
            "He says the rent is fair. She says it is “robbery”.",
        ),
        (("robbery", "Dara Pike"),),
    ),
    (
        "mix04",
        (
            "Witnesses Joy Tan and Ray Bolt saw the crash.",
            "“The car was going very fast,” Tan said.",
            "Bolt said: “It did not even brake.”",
        ),
        (
            ("The car was going very fast", "Joy Tan"),
            ("It did not even brake", "Ray Bolt"),
        ),
    ),
    (
        "mix05",
        (
            "Rosa Kimm and Alex Dorn run the club together.",
            "Kimm said the season was “our best yet”, and she thanked the volunteers.",
        ),
        (("our best yet", "Rosa Kimm"),),
    ),
    (
        "mix06",
        (
            "The airline's chief executive, Jo Marr, apologised to passengers.",
            "“We let you down,” Marr said.",
        ),
        (("We let you down", "Jo Marr"),),
    ),
    (
        "mix07",
        (
            "Finance Minister Ana Ruiz met central bank governor Tim Orr on Monday.",
            "The governor said inflation was “under control”. The minister said she agreed.",
        ),
        (("under control", "Tim Orr"),),
    ),
    (
        "mix08",
        (
            "Felix Hart was driving when his passenger, Lea Gold, screamed.",
            "“I saw the deer first,” she said.",
        ),
        (("I saw the deer first", "Lea Gold"),),
    ),
    (
        "mix09",
        (
            "Dr Ivo Stahl and Dr Una Berg disagree about the drug.",
            "“It works,” Dr Stahl said.",
            "“It does not,” Dr Berg said.",
        ),
        (
            ("It works", "Ivo Stahl"),
            ("It does not", "Una Berg"),
        ),
    ),
    (
        "mix10",
        (
            "Mr Jacob Eze and Mrs Linda Eze have been married 50 years.",
            "“She still makes me laugh,” Mr Eze said.",
            "“He still snores,” Mrs Eze said.",
        ),
        (
            ("She still makes me laugh", "Jacob Eze"),
            ("He still snores", "Linda Eze"),
        ),
    ),
    (
        "mix11",
        (
            "Ola Brun, a 29-year-old nurse, and Peter Sand, a 64-year-old porter, both quit.",
            "The nurse said she was “exhausted”.",
            "The porter said he was “too old for this”.",
        ),
        (
            ("exhausted", "Ola Brun"),
            ("too old for this", "Peter Sand"),
        ),
    ),
    (
        "mix12",
        (
            "Leo Park told his colleague Ann Fry about the plan.",
            "She said later that she had been “shocked”.",
        ),
        (("shocked", "Ann Fry"),),
    ),
    (
        "mix13",
        (
            "“Nobody told us,” said Carla Minto, a teacher.",
            "“We found out from the news,” said Bo Stern, her colleague.",
        ),
        (
            ("Nobody told us", "Carla Minto"),
            ("We found out from the news", "Bo Stern"),
        ),
    ),
    (
        "mix14",
        (
            "Hugo Lamm and Ed Pratt both bid for the contract.",
            "“We offered the best price,” Lamm said.",
            "“Price is not everything,” Pratt countered.",
        ),
        (
            ("We offered the best price", "Hugo Lamm"),
            ("Price is not everything", "Ed Pratt"),
        ),
    ),
    (
        "mix16",
        (
            "Zoe Grant, whose father founded the firm, now runs it.",
            "“He would be proud,” she said.",
        ),
        (("He would be proud", "Zoe Grant"),),
    ),
    (
        "mix17",
        (
            "The two candidates, Ivy Moss and Dan Kerr, debated on Thursday.",
            "Moss called Kerr's plan “a fantasy”. Kerr called hers “a tax grab”.",
        ),
        (
            ("a fantasy", "Ivy Moss"),
            ("a tax grab", "Dan Kerr"),
        ),
    ),
    (
        "mix18",
        (
            "Police officer Sean Lowe arrested Maya Tull on Friday.",
            "“She resisted,” Lowe said. Tull said she had “done nothing”.",
        ),
        (
            ("She resisted", "Sean Lowe"),
            ("done nothing", "Maya Tull"),
        ),
    ),
    (
        "mix19",
        (
            "The mayor, Ken Ash, hugged the rescued boy, Timo Ash.",
            "“I was so scared,” the boy said.",
        ),
        (("I was so scared", "Timo Ash"),),
    ),
    (
        "mix20",
        (
            "Pilar Vega, a guide, took tourist Mark Lane up the mountain.",
            "“People underestimate it,” she said.",
            "“I certainly did,” Lane said.",
        ),
        (
            ("People underestimate it", "Pilar Vega"),
            ("I certainly did", "Mark Lane"),
        ),
    ),
    (
        "mix21",
        (
            "Rita Coll manages the hotel. Her husband, Sven Coll, cooks.",
            "“We are full every weekend,” Rita said.",
            "“And I never sleep,” Sven said.",
        ),
        (
            ("We are full every weekend", "Rita Coll"),
            ("And I never sleep", "Sven Coll"),
        ),
    ),
    (
        "mix22",
        (
            "Officials at the Finance Ministry said the deficit would narrow.",
            "Deputy minister Cara Lind said the figures were “encouraging”.",
        ),
        (("encouraging", "Cara Lind"),),
    ),
    (
        "mix24",
        (
            "Nurse Abby Roth treated the child. The father, Dev Kaur, watched.",
            "“He is going to be fine,” Roth said.",
            "“I cannot thank her enough,” Kaur said.",
        ),
        (
            ("He is going to be fine", "Abby Roth"),
            ("I cannot thank her enough", "Dev Kaur"),
        ),
    ),
    (
        "mix25",
        (
            "Sergeant Ruth Lacey found the missing hiker, Paul Obi, on Sunday.",
            "He told her he had eaten “only berries” for three days.",
        ),
        (("only berries", "Paul Obi"),),
    ),
    (
        "mix26",
        (
            "Clara Voss and Enzo Bell co-wrote the report.",
            "“The data are clear,” said Voss. “The climate is changing faster.”",
            "Bell added: “We need action now.”",
        ),
        (
            ("The data are clear", "Clara Voss"),
            ("The climate is changing faster", "Clara Voss"),
            ("We need action now", "Enzo Bell"),
        ),
    ),
    (
        "mix27",
        (
            "Officer Luis Nardo, 34, was shot on duty. His partner, Amy Fitch, returned fire.",
            "“He saved my life,” the 34-year-old said of his partner.",
        ),
        (("He saved my life", "Luis Nardo"),),
    ),
]


@pytest.mark.parametrize(("probe", "paragraphs", "expected"), PROBES, ids=[p[0] for p in PROBES])
def test_probe(probe: str, paragraphs: tuple[str, ...], expected: tuple[Expected, ...]) -> None:
    found = claims(*paragraphs)
    for fragment, who in expected:
        chains = [chain for quote, chain in found if fragment in quote]
        assert chains, f"{probe}: no claim holds {fragment!r}"
        assert any(_fits(chain, who) for chain in chains), (
            f"{probe}: {fragment!r} given to {chains}, not {who}"
        )


# Probes that still fail, and why:

# - alt11 (alt): Architect Lise Moreau showed the model to developer Karl Benning. / “The tower is too
#   tall,” Moreau said. Benning disagreed: “It is exactly as tall as the plan allows.” -- expected [('The
#   tower is too tall', 'Lise Moreau'), ('It is exactly as tall as the plan allows', 'Karl Benning')];
#   "Benning disagreed: “…”": a verb of disagreement before a colon is not read as a tag (a verb
#   construction, sweep28's part)
# - pro03 (pronoun): Judge Mara Quell sentenced Paul Dreyer to six years. / He said he would appeal the
#   “unjust” verdict. -- expected [('unjust', 'Paul Dreyer')]; "Mara" is in no first-name list, so "he" may
#   be the subject Mara Quell; the object is not tried
# - pro15 (pronoun): Tara Wells replaced Jon Birch as chair in April. / He said he was leaving “with no
#   regrets”. -- expected [('with no regrets', 'Jon Birch')]; "Tara" is in no first-name list, so "he" may
#   be the subject Tara Wells
# - role03 (role): Pell Motors’ chief executive, Hugo Strand, announced the cuts on Monday. / “We had no
#   choice,” the company's chief said. -- expected [('We had no choice', 'Hugo Strand')]; "the company's
#   chief": a possessive description of a body's head is not matched to "Pell Motors' chief executive, Hugo
#   Strand"
# - role06 (role): The coach, Marek Dusil, was furious after the defeat. / “That was not football,” the
#   Czech said. -- expected [('That was not football', 'Marek Dusil')]; "the Czech": a nationality the
#   article never gave the person
# - role07 (role): Ellen Park, a retired teacher, found the wallet. / “I just wanted it returned,” the
#   grandmother of four said. -- expected [('I just wanted it returned', 'Ellen Park')]; "the grandmother of
#   four": a description the article never gave the person
# - role12 (role): Olga Brenner, 72, lives alone on the island. / The pensioner said the ferry cuts were
#   “cruel”. -- expected [('cruel', 'Olga Brenner')]; "the pensioner": the article gave only an age
# - role15 (role): Boris Klee, chief executive of Norra Bank, spoke at the summit. / The banker said rates
#   would “stay high”. -- expected [('stay high', 'Boris Klee')]; "the banker": would be inferred from
#   "chief executive of Norra Bank"; not read
# - org02 (org): Ferro Steel said on Monday it would close its plant in Dunmore. / “The plant has lost money
#   for years,” the company said. -- expected [('The plant has lost money for years', 'Ferro Steel')]; "the
#   company" after a company whose name reads as a person's ("Ferro Steel"): nothing says it is a company
#   ("said it would …" is no proof)
# - org04 (org): Ferro Steel's spokesperson, Mark Deen, declined to comment on the leak. / A week later, the
#   company said the report was “inaccurate”. -- expected [('inaccurate', 'Ferro Steel')]; "the company"
#   after "Ferro Steel's spokesperson": as org02
# - org09 (org): Police arrested two men on Friday. / “Both are known to us,” a police spokesman said. --
#   expected [('Both are known to us', 'a police spokesman')]; "a police spokesman" is read as the police (a
#   spokesman speaks for the body)
# - int08 (interview): Ed Tamm, the director, sat down with our reporter Lucy Pike. / “The film nearly
#   bankrupted me,” Tamm said. / Pike asked if he would do it again. “In a heartbeat,” he said. -- expected
#   [('The film nearly bankrupted me', 'Ed Tamm'), ('In a heartbeat', 'Ed Tamm')]; "Pike asked if he would
#   …" teaches the article's genders that Pike is a he, and that beats "Lucy"; preferring the full name's
#   first name broke "Lindsey Graham" on a wide page
# - nest05 (nested): Hal Ostby, the manager, said the owner had called the result “a disgrace”. -- expected
#   [('a disgrace', ('the owner', 'Hal Ostby'))]; "said the owner had called the result “…”": a described
#   inner speaker of "called" is not put first in the chain
# - nest07 (nested): The minister, Ola Gunn, quoted the report as saying the river was “beyond saving”. --
#   expected [('beyond saving', ('the report', 'Ola Gunn'))]; "quoted the report as saying …": not read (a
#   verb construction, sweep28's part)
# - nest09 (nested): Pia Lund told reporters that Hugo Berg had promised her “a fair deal”. -- expected [('a
#   fair deal', ('Hugo Berg', 'Pia Lund'))]; "had promised her “…”": "promise" is not read as a speech verb
# - mix03 (role): Dara Pike, a shop owner, and her landlord, Hal Moss, are in a dispute. / The landlord said
#   the rent was “fair”. -- expected [('fair', 'Hal Moss')]; "The landlord said …" is not read as a speaker
#   at all (speaker vocabulary)
# - mix15 (org): Minister Ana Ruiz met bosses from Kell Foods. / The company said the meeting was
#   “constructive”. -- expected [('constructive', 'Kell Foods')]; "the company" after "bosses from Kell
#   Foods": as org02
# - mix23 (org): Sena Motors and its supplier, Brio Parts, blamed each other. / Sena said Brio's parts were
#   “faulty”. Brio said Sena had “misused” them. -- expected [('faulty', 'Sena Motors'), ('misused', 'Brio
#   Parts')]; "Sena" and "Brio" as short names of Sena Motors and Brio Parts become sources of their own
