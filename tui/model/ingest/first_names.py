"""The gender a person's first name gives them, before the article says anything else.

"In an interview with Tom Vey, Maria Lund said he believes …" then
"“…,” she said": the article's own pronouns are read late and can mislead (a
"he" in reported words may be someone else), while "Maria" says at once
who "she" can be. Only first names that English-language news uses for one
gender are listed; names used for both ("Jordan", "Alex", "Kim", "Jean",
"Andrea") are left out, so they fit either pronoun as before.
"""

from __future__ import annotations

from tui.model.ingest import lazy_re as re
from tui.model.ingest.speaker_evidence import FEMALE, MALE

_FEMALE = frozenset(
    """
    Abigail Ada Adele Adriana Agnes Aisha Alexandra Alexis Alice Alicia Alina Alison Allison Alma Amanda
    Amber Amelia Amy Ana Anastasia Angela Angelina Angelique Anita Ann Anna Anne Annette Annie Antonia
    Arlene Audrey Barbara Beatrice Becky Belinda Bernadette Beth Bethany Betsy Betty Beverly Bianca Bonnie
    Brenda Bridget Brittany Brooke Camila Candace Cara Carla Carmen Carol Carole Caroline Carolyn Catherine
    Cathy Cecilia Celia Charlotte Chelsea Cheryl Christina Christine Cindy Claire Clara Claudia Colleen
    Connie Cynthia Daisy Daniela Danielle Daphne Darlene Dawn Debbie Deborah Debra Denise Diana Diane
    Dianne Dolores Donna Doris Dorothy Edith Eileen Elaine Eleanor Elena Elisabeth Elise Eliza Elizabeth
    Ella Ellen Eloise Elsa Emilia Emily Emma Erica Erika Erin Esther Ethel Eva Evelyn Fatima Felicia Fiona
    Frances Francesca Gabriela Gabriella Gabrielle Gail Gemma Georgina Geraldine Gertrude Gillian
    Gina Giulia Gladys Gloria Grace Greta Gretchen Gwen Gwendolyn Hannah Harriet Hazel Heather Heidi Helen
    Helena Hilary Hillary Holly Ida Ilhan Ingrid Irene Iris Isabel Isabella Isabelle Ivanka Jacqueline Jane
    Janet Janice Jasmine Jeanne Jeannette Jennifer Jenny Jessica Jill Joan Joanna Joanne Josephine Joy
    Joyce Judith Judy Julia Julie Juliet June Justine Kamala Karen Karin Katarina Kate Katharine Katherine
    Kathleen Kathryn Kathy Katie Katrina Kayla Kirsten Kristen Kristin Kristina Laura Lauren Leah
    Leila Lena Lila Lillian Lily Linda Lindsay Lindsey Lisa Liz Lois Loretta Lori Lorraine Louise Lucia
    Lucy Lydia Madeleine Madeline Malala Mandy Marcia Margaret Margarita Margot Maria Mariam
    Marian Marie Marina Marisa Marjorie Marlene Martha Mary Maryam Matilda Maureen Maxine Megan Meghan
    Melania Melanie Melinda Melissa Meredith Mia Michelle Mildred Miranda Miriam Molly Monica Monique Nadia
    Nancy Naomi Natalia Natalie Natasha Nicole Nikki Nina Nora Norma Olga Olivia Paige Pamela Patricia
    Paula Pauline Pearl Peggy Penelope Penny Phyllis Polly Priscilla Rachel Rebecca Regina Renee Rhonda
    Rita Roberta Rosa Rosalind Rose Rosemary Ruth Sabrina Sally Samantha Sandra Sara Sarah Serena Sharon
    Sheila Shirley Sofia Sonia Sophia Sophie Stacey Stephanie Susan Susanne Suzanne Sylvia Tamara Tammy
    Tanya Teresa Theresa Tiffany Tina Tracey Ursula Valentina Valerie Vanessa Vera Veronica Victoria
    Violet Vivian Wanda Wendy Whitney Yolanda Yvonne Zoe
    """.split()
)

_MALE = frozenset(
    """
    Aaron Abdul Abraham Adam Adrian Ahmed Alan Albert Alberto Alejandro Alexander Alexei Alfred Ali Allen
    Alvin Ambrose Andre Andreas Andrew Andy Angelo Anthony Antonio Anton Arnold Arthur Barack Barry Ben
    Benjamin Bernard Bernie Bill Billy Bob Bobby Boris Brad Bradley Brandon Brent Brett Brian Bruce Bryan
    Calvin Carl Carlos Charles Chuck Clarence Claude Clifford Clint Colin Craig Curtis Dale Dan Daniel
    Danny Darren Dave David Dennis Derek Diego Dmitry Dominic Don Donald Douglas Duane Dustin Dwight Eddie
    Edgar Eduardo Edward Edwin Elijah Elon Emmanuel Enrique Eric Erik Ernest Ethan Eugene Evan Felix
    Fernando Francis Francisco Frank Franklin Fred Frederick Gabriel Gary Gavin Gene George Gerald Gilbert
    Giuseppe Glenn Gordon Graham Greg Gregory Hans Harold Harry Harvey Hassan Hector Henry Herbert Howard
    Hugh Hugo Ian Igor Isaac Ivan Jack Jacob Jake James Jared Jason Javier Jay Jeff Jeffrey Jeremy
    Jerome Jerry Jesus Jim Jimmy Joe Joel John Johnny Jon Jonathan Jorge Jose Joseph Josh Joshua Juan
    Julian Justin Karl Keith Ken Kenneth Kevin Kirk Kurt Kyle Lance Larry Lawrence Leo Leon Leonard
    Lewis Liam Lloyd Louis Lucas Luis Luke Marco Marcus Mario Mark Martin Marvin Matt Matthew Maurice Max
    Michael Miguel Mike Mitch Mitchell Mohamed Mohammad Mohammed Muhammad Nathan Neil Nicholas Nick Nigel
    Noah Norman Oliver Omar Oscar Owen Patrick Paul Pedro Pete Peter Phil Philip Phillip Pierre Ralph
    Randall Randy Ray Raymond Richard Rick Ricky Rob Robert Roberto Rodney Roger Roland Ron Ronald Ross
    Roy Russell Ryan Sam Samuel Scott Sean Sergei Sergey Seth Shane Simon Stanley Stefan Stephen Steve
    Steven Stuart Ted Terrence Thomas Tim Timothy Todd Tom Tommy Tony Travis Trevor Troy Tyler Victor
    Vincent Vladimir Walter Warren Wayne Wesley William Willie Xavier Yuri Zachary
    """.split()
)

_FIRST_WORD = re.compile(r"[A-Z][a-z]+")


def first_name_gender(name: str) -> str:
    """FEMALE or MALE when `name` opens with a first name listed for one gender ("Maria Lund"), or ends
    with one and a surname after a title ("Senator Tom Hale"), else "". A name of one word gives nothing:
    "Grace" alone may be a surname or a thing."""
    words = name.split()
    if len(words) < 2:
        return ""
    # "Senator Tom Hale", "Prime Minister Mary Reed": a title first, then the first name and surname.
    first = words[0] if words[0] in _FEMALE or words[0] in _MALE or len(words) == 2 else words[-2]
    if not _FIRST_WORD.fullmatch(first) or (first != words[0] and not _FIRST_WORD.match(words[-1])):
        return ""
    if first in _FEMALE:
        return FEMALE
    if first in _MALE:
        return MALE
    return ""


def is_first_name(word: str) -> bool:
    """ "Jack", "Maria": a first name listed for one gender, standing alone."""
    return _FIRST_WORD.fullmatch(word) is not None and (word in _FEMALE or word in _MALE)


# "Mr Lund", "Ms Lund": the honorific says who "he" or "she" may be (not "Mr Lund's daughter").
_HONORIFIC = re.compile(r"(?:(Mr|Sir|Lord)|(Mrs|Ms|Miss|Dame|Lady))\.?\s+[A-Z](?![^’']*[’']s\b)")


def honorific_gender(name: str) -> str:
    """MALE for "Mr Lund", FEMALE for "Ms Lund", else ""."""
    found = _HONORIFIC.match(name)
    if found is None:
        return ""
    return MALE if found.group(1) else FEMALE


def name_gender(name: str) -> str:
    """A name's gender before any pronoun says so: its first name's or its honorific's, else ""."""
    return first_name_gender(name) or honorific_gender(name)
