"""Cleaning scraped text: every boilerplate line goes, every body paragraph stays."""

from __future__ import annotations

import pytest

from sitroom.ingest.clean import clean_text, is_headline, normalise_line, rules

BODY = [
    "PESHAWAR: Gunmen on motorcycles attacked a polio vaccination team in the Bannu district on Thursday, killing a policeman who was escorting the workers, officials said.",
    "The district police officer said the attackers fled towards the mountains and a search operation had been launched in the area.",
    "“We will not let these attacks stop the campaign. The teams will return to the field tomorrow,” a health department official told reporters.",
    "No group has claimed responsibility for the attack so far.",
]

DIRTY = """Home - Pakistan - Policeman guarding polio team shot dead in Bannu

Policeman guarding polio team shot dead in Bannu

{b0}

- Advertisement -

{b1}

Share this article
Facebook Twitter WhatsApp Email

{b2}

READ MORE: Polio cases rise to five this year

{b3}

(With additional reporting by APP and Reuters)

Related Stories

Provincial cabinet approves new security plan

QUETTA: The Balochistan government on Tuesday approved a plan to raise a new force for the protection of...

Leave a Reply

Your email address will not be published. Required fields are marked *
Comment *
Name *
Email *
Save my name, email, and website in this browser for the next time I comment.
Post Comment
""".format(**{f"b{i}": b for i, b in enumerate(BODY)})


def test_dirty_page_keeps_all_body_and_no_boilerplate():
    cleaned = clean_text(DIRTY)
    assert cleaned.text.split("\n\n") == BODY
    assert cleaned.title == "Policeman guarding polio team shot dead in Bannu"
    assert cleaned.credits == ["APP", "Reuters"]
    reasons = {reason for reason, _ in cleaned.removed}
    assert {"breadcrumb", "advertising", "sharing", "teaser", "tail", "credit"} <= reasons


def test_removed_lines_are_kept_with_their_reason():
    cleaned = clean_text(DIRTY)
    removed_lines = [line for _, line in cleaned.removed]
    assert "Provincial cabinet approves new security plan" in removed_lines
    assert "READ MORE: Polio cases rise to five this year" in removed_lines


def test_marker_in_the_middle_only_drops_its_teasers():
    body_before = "A" + " long paragraph of the article that is clearly body text and ends properly." * 3
    body_after = "The rest of the story follows here, long enough to be a real paragraph of body text, and it ends." * 2
    text = f"{body_before}\n\nAlso Read\n\nPolice recruit new officers\n\n{body_after}\n\n{body_after} Again."
    cleaned = clean_text(text, find_title=False)
    assert cleaned.text.split("\n\n") == [body_before, body_after, body_after + " Again."]


def test_a_marker_glued_to_the_body_cuts_its_line_and_drops_its_teasers():
    # the page's text came without a line break between the last sentence and the related stories
    lead = "A teenager was killed in a drive-by shooting on Monday night in Hayward, police said."
    after = ("The shooting happened at about 6:45 p.m. at a crossroads in an unincorporated area of the county, "
             "deputies said on Monday.")
    text = (f"{lead} Related Articles Oakland: Rash of homicides pushes toll to 85\n\n"
            f"Pittsburg: Man killed in Sunday drive-by is named\n\n{after}")
    cleaned = clean_text(text, find_title=False)
    assert cleaned.text.split("\n\n") == [lead, after]
    assert ("teaser", "Pittsburg: Man killed in Sunday drive-by is named") in cleaned.removed
    # in running text the words are no marker: lower case, or not after a sentence's end
    for body in ("She said related articles were removed from the site after the trial began in May.",
                 "The mayor read more than forty letters from residents. Read more about the plan below."):
        assert clean_text(body, find_title=False).text == body


def test_marker_near_the_end_drops_to_the_end_even_full_sentences():
    body = "The provincial government announced compensation for the families of the victims on Monday evening, officials said." * 3
    teaser = "The federal cabinet met in Islamabad to discuss the budget and approved several new projects for the coming year."
    cleaned = clean_text(f"{body}\n\nYou May Also Like\n\n{teaser}", find_title=False)
    assert cleaned.text == body


@pytest.mark.parametrize(
    "line",
    ["- Advertisment -", "ADVERTISEMENT", "Sponsored Content", "Please enter your comment!", "Follow us on Twitter",
     "Skip to content", "Tags: Pakistan, Afghanistan, Taliban", "Copyright © 2024 Frontier Post", "5 min read",
     "Click to share on Facebook (Opens in new window)", "Subscribe to our newsletter", "Previous article"],
)  # fmt: skip
def test_single_boilerplate_lines(line):
    cleaned = clean_text(f"{BODY[0]}\n\n{line}\n\n{BODY[1]}", find_title=False)
    assert cleaned.text == f"{BODY[0]}\n\n{BODY[1]}"


@pytest.mark.parametrize(
    "line",
    ["Comments by the minister drew criticism from the opposition, which said the plan was not funded.",
     "Copyright laws were not discussed at the meeting, the spokesman said.",
     "Home Minister Rana Sanaullah said the attackers would be brought to justice.",
     "Share prices fell in Karachi after the attack."],
)  # fmt: skip
def test_body_lines_that_start_like_boilerplate_are_kept(line):
    cleaned = clean_text(f"{BODY[0]}\n\n{line}\n\n{BODY[1]}", find_title=False)
    assert line in cleaned.text


def test_date_line_becomes_the_publication_date():
    cleaned = clean_text(f"Published: 14 June 2022\n\n{BODY[0]}\n\n{BODY[1]}", find_title=False)
    assert cleaned.published == "2022-06-14"
    assert cleaned.text.startswith("PESHAWAR:")


def test_body_line_that_mentions_updates_is_not_a_date_line():
    line = "Updated casualty figures were not available."
    cleaned = clean_text(f"{line}\n\n{BODY[0]}", find_title=False)
    assert cleaned.published is None and line in cleaned.text


def test_title_only_from_a_headline_like_first_line():
    assert clean_text("\n\n".join(BODY)).title is None  # first line is a sentence
    assert is_headline("Taliban seize key border crossing")
    assert not is_headline("The Taliban seized a key border crossing on Wednesday.")


def test_known_title_repeated_in_text_is_removed():
    cleaned = clean_text(f"Bannu attack\n\n{BODY[0]}", find_title=False, known_title="Bannu attack")
    assert cleaned.text == BODY[0]


def test_non_breaking_and_zero_width_spaces_are_normalised():
    cleaned = clean_text("ISLAMABAD:\u00a0The\u200b military said.\u00a0\u00a0It was quiet.", find_title=False)
    assert cleaned.text == "ISLAMABAD: The military said. It was quiet."


@pytest.mark.parametrize("line, expected", [
    ("  Troops   moved\tin. ", "Troops moved in."),  # plain ASCII: runs of spaces and tabs fold
    ("Troops moved in.", "Troops moved in."),  # nothing to fold
    ("Troops\u00a0 moved\u2009in\u200d.", "Troops moved in."),  # Unicode spaces, invisible marks
])
def test_lines_fold_their_spaces_whatever_the_alphabet(line, expected):
    assert normalise_line(line) == expected


def test_the_joined_boilerplate_patterns_find_what_each_pattern_finds():
    r = rules()
    assert r.any_tail_or_drop is not None
    for line in ("Advertisement", "Must read", BODY[0], BODY[1]):
        alone = any(p.match(line) for p in r.tail) or any(p.match(line) for _, p in r.drop)
        assert bool(r.any_tail_or_drop.match(line)) == alone
