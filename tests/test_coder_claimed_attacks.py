"""A group that claims an attack and tells its own toll in the same breath, and a government's
protest over cross-border fire: the claim names the attacker and its figure stays a claim; the
protest is words, and the fire it protests against is still a clash. My own sentences; the
places and groups are real."""

from .coder_helpers import code, top
from .story_helpers import story


def test_a_group_that_claims_the_attack_saying_it_killed_more_is_the_attacker_and_its_figure_a_claim():
    text = ("BANNU: Four soldiers were martyred and six terrorists were killed when militants attacked a security "
            "post in Bannu district late on Sunday, the military said. The Tehreek-i-Taliban Pakistan claimed "
            "responsibility for the attack in a statement, saying its fighters had killed 15 soldiers.")
    events = [e for e in code(text, published="2023-03-28") if e.event_type is not None]
    assert len(events) == 1  # the claim tells the same attack again
    event = events[0]
    assert event.actor1.name == "TTP: Tehreek-i-Taliban Pakistan"
    assert event.fatalities == 10  # the group's own 15 is its claim, not the toll


def test_the_source_of_a_saying_clause_is_the_group_that_claimed_responsibility():
    from sitroom.coder.claims import find_source
    from sitroom.coder.tokens import tokenize

    sentence = "The TTP claimed responsibility for the attack, saying its fighters had killed 15 soldiers."
    source = find_source(tokenize(sentence), sentence)
    assert source is not None and source.text == "The TTP" and source.cue == "saying"
    # a ", saying" with no claim of responsibility before it keeps its own subject, as before
    sentence = "Police arrested two men on Monday, saying they had planted the bomb."
    source = find_source(tokenize(sentence), sentence)
    assert source is None or source.text != "Police"


def test_a_governments_protest_is_words_and_the_fire_it_protests_is_a_clash():
    events = code("ISLAMABAD: Pakistan on Monday lodged a strong protest with Afghanistan over cross-border firing "
                  "from Afghan territory that martyred two soldiers in Kurram district.", published="2023-03-28")
    kinds = {(e.event_type, e.plover.type) for e in events}
    assert ("Battles", "ASSAULT") in kinds
    assert (None, "ACCUSE") in kinds
    assert not any(e.event_type == "Protests" for e in events)
    clash = next(e for e in events if e.event_type == "Battles")
    assert clash.fatalities == 2 and clash.actor2.name == "Military Forces of Pakistan"


def test_crowds_still_protest():
    assert top("Hundreds of traders protested in Quetta on Monday against new taxes.").event_type == "Protests"


def test_the_agent_of_the_verb_before_an_operation_leads_it():
    event = top("MIRANSHAH: Security forces killed 11 terrorists in an intelligence-based operation in North "
                "Waziristan, the ISPR said on Thursday.", published="2023-03-28")
    assert event.actor1.name == "Military Forces of Pakistan"
    assert event.actor2.name == "Unidentified Armed Group (Pakistan)"
    assert event.fatalities == 11


def test_no_claim_of_responsibility_credits_no_one_and_similar_attacks_are_others():
    text = ("JALALABAD: A bomb hidden in a cart exploded in a busy market in Jalalabad on Wednesday, killing at least "
            "seven people, a provincial spokesman said. No one claimed responsibility, but Islamic State militants "
            "have carried out similar attacks in the city.")
    events = code(text, published="2023-03-28")
    lead = min(events, key=lambda e: e.rank)
    assert lead.actor1.name.startswith("Unidentified Armed Group")
    assert lead.fatalities == 7
    others = [e for e in events if e is not lead]
    assert all(e.attribution.modality == "generic" for e in others)
    # a claim that was made still names the attacker
    text = ("JALALABAD: A bomb exploded in a market in Jalalabad on Wednesday, killing seven people. The Islamic "
            "State claimed responsibility for the attack.")
    assert min(code(text, published="2023-03-28"), key=lambda e: e.rank).actor1.name.startswith("Islamic State")


def test_a_denied_return_of_fire_does_not_turn_the_shelling_into_a_battle():
    text = ("KABUL: Afghanistan's foreign ministry on Sunday accused Pakistani forces of shelling villages in Kunar "
            "province, killing five civilians. Islamabad denied the allegation, saying its forces had only responded "
            "to fire from across the border.")
    events = code(text, published="2023-03-28")
    shelling = [e for e in events if e.event_type is not None]
    assert [(e.sub_event_type, e.attribution.modality, e.fatalities) for e in shelling] == [
        ("Shelling/artillery/missile attack", "claimed", 5)]
    assert any(e.plover.type == "REJECT" for e in events)


def test_a_named_group_claiming_an_attack_by_militants_is_its_agent():
    events = story("Seven policemen were martyred when militants attacked a police station in Sarai Naurang on "
                   "Saturday night, officials said. The outlawed Tehreek-i-Taliban Pakistan (TTP) claimed "
                   "responsibility for the attack.", published="2025-05-05")
    assert events[0].actor1.name.startswith("TTP")
    assert events[0].fatalities == 7
    assert len([e for e in events if e.event_type is not None]) == 1


def test_a_group_named_with_its_short_name_in_brackets_is_the_claims_source():
    events = story("Three soldiers embraced martyrdom while five terrorists were killed as security forces repulsed "
                   "an attack on a post in Buleda on Saturday night, the ISPR said. The banned Balochistan "
                   "Liberation Army (BLA) claimed responsibility for the attack in a statement, claiming that its "
                   "fighters had killed 14 soldiers and taken control of the post for several hours.",
                   published="2024-10-14")
    assert events[0].fatalities == 8


def test_the_subject_of_a_death_verb_may_carry_an_of_phrase():
    events = story("Four soldiers of the Frontier Corps embraced martyrdom in an attack on a post in Buleda on "
                   "Saturday.", published="2024-10-14")
    assert events[0].fatalities == 4


def test_a_group_that_did_not_claim_the_attack_is_not_its_agent():
    events = story("Seven policemen were martyred when militants attacked a police station in Sarai Naurang on "
                   "Saturday night, officials said. The banned TTP did not claim responsibility for the attack.",
                   published="2025-05-05")
    assert events[0].actor1.name.startswith("Unidentified Armed Group")


def test_a_groups_own_troops_are_the_group_not_the_countrys_army():
    event = top("The Arakan Army said its troops had captured a border guard post near Maungdaw on Saturday.",
                published="2024-03-12")
    assert event.sub_event_type == "Non-state actor overtakes territory"
    assert event.actor1.name.endswith("Arakan Army") and event.actor2.name == "Military Forces of Myanmar"
    # "its" after a clause's own subject is that subject's
    event = top("The TNLA said the junta had sent its troops to attack Lashio on Saturday.", published="2024-03-12")
    assert event.actor1.name == "Military Forces of Myanmar"
    # a group that releases video of its attack is its attacker (no responder)
    event = top("Hamas released video of an attack on Israeli troops in Khan Younis on Sunday.", published="2024-03-12")
    assert event.actor1.name == "Hamas Movement"
    # an army that speaks of its troops is still itself
    event = top("The Pakistani army said its troops killed 12 militants in North Waziristan on Saturday.",
                published="2024-03-12")
    assert event.actor1.name == "Military Forces of Pakistan"


def test_a_force_named_after_another_countrys_state_is_that_states_police():
    from .coder_helpers import code

    from sitroom.coder.codebook import load_codebook
    from sitroom.coder.document_coder import _divisions_own_forces
    from sitroom.coder.rules import load_rules
    from sitroom.coder.sentence_coder import analyse
    from sitroom.coder.when import parse_iso

    codebook = load_codebook()
    info = analyse(codebook, 0, 0, "The Texas Rangers are investigating the officers' shooting of a gunman.",
                   parse_iso("2022-05-11"), None, load_rules())
    _divisions_own_forces(codebook, [info])
    rangers = next(m for m in info.mentions if m.text.endswith("Rangers"))
    assert (rangers.name, rangers.country) == ("Police Forces of the United States", "USA")
    events = code("WACO, Texas — Officers shot and killed a man who fired at them outside a motel on Monday night. "
                  "The Texas Rangers are investigating the shooting.", published="2022-05-11")
    assert not any(a is not None and "Pakistan" in a.name for e in events for a in (e.actor1, e.actor2))
    # (after its own country's province, it is still the force)
    assert top("KARACHI: Sindh Rangers killed two suspected militants in an encounter in Karachi on Sunday.",
               published="2022-05-11").actor1.name == "Military Forces of Pakistan"
