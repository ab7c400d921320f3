import random

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from storydiff.core.compare import compare
from storydiff.core.diff import DELETE, INSERT
from storydiff.core.document import analyse


def changes(comparison):
    return [(row.op, row.a, row.b) for row in comparison.rows if row.op != "equal"]


def test_sample_revision_reports_exactly_the_four_edits(sample_text, revised_text):
    result = compare(analyse(sample_text), analyse(revised_text))
    assert result.mode == "revision"
    found = {op: (a, b) for op, a, b in changes(result)}
    assert sorted(found) == ["changed", "deleted", "inserted", "moved"]
    a, b = result.a, result.b
    assert "300,000" in a.sentences[found["changed"][0][0]].text
    assert "318,000" in b.sentences[found["changed"][1][0]].text
    assert a.sentences[found["deleted"][0][0]].text.startswith("However, Putin never signed")
    assert b.sentences[found["inserted"][1][0]].text.startswith("The Wagner Group")
    assert a.sentences[found["moved"][0][0]].text.startswith("Russian forces have suffered")
    assert len(changes(result)) == 4


def test_moved_paragraph_is_one_move_not_delete_and_insert():
    a = analyse("Alpha leads here.\nBravo follows next.\nCharlie is third.\nDelta closes it.")
    b = analyse("Alpha leads here.\nCharlie is third.\nDelta closes it.\nBravo follows next.")
    assert changes(compare(a, b, "revision")) == [("moved", (1,), (3,))]


def test_identical_documents_give_only_equal(sample_text):
    doc = analyse(sample_text)
    assert {row.op for row in compare(doc, doc).rows} == {"equal"}


def test_typographic_quotes_and_spaces_are_not_changes():
    a = analyse('He said "yes" to the plan.\u00a0It passed.')
    b = analyse("He said \u201cyes\u201d to the plan. It passed.")
    assert {row.op for row in compare(a, b).rows} == {"equal"}


def test_split_sentence_is_one_split_row():
    a = analyse(
        "The council approved the budget on Monday after a long debate about school funding "
        "and road repairs in the northern districts.\nOther news followed."
    )
    b = analyse(
        "The council approved the budget on Monday after a long debate. "
        "The debate was about school funding and road repairs in the northern districts.\n"
        "Other news followed."
    )
    rows = changes(compare(a, b, "revision"))
    assert rows == [("split", (0,), (0, 1))]


def test_merged_sentences_are_one_merged_row():
    a = analyse(
        "Rescuers found 12 survivors in the rubble of the collapsed hotel. "
        "The hotel had 80 guests when the earthquake struck the coastal town.\nMore later."
    )
    b = analyse(
        "Rescuers found 12 survivors in the rubble of the collapsed hotel, which had 80 guests "
        "when the earthquake struck the coastal town.\nMore later."
    )
    assert changes(compare(a, b, "revision")) == [("merged", (0, 1), (0,))]


OUTLET_A = (
    "Russia may announce a second wave of mobilization this week, the Institute for the Study "
    "of War said.\n"
    "Putin previously announced a partial mobilization of 300,000 troops in September.\n"
    "The declaration prompted over 370,000 Russian citizens to flee within two weeks.\n"
    "The weather in Moscow was cold and snowy on Tuesday."
)
OUTLET_B = (
    "More than 370,000 Russians fled the country within two weeks of the declaration.\n"
    "Analysts at the Institute for the Study of War expect a second mobilization wave soon.\n"
    "In September, Putin ordered the partial mobilization of 300,000 reservists.\n"
    "Ukraine's grain exports rose sharply through Black Sea ports last month."
)


def test_coverage_aligns_by_content_and_leaves_unrelated_sentences_alone():
    result = compare(analyse(OUTLET_A), analyse(OUTLET_B))
    assert result.mode == "coverage"
    paired = {(row.a, row.b) for row in result.rows if row.a and row.b}
    assert paired == {((0,), (1,)), ((1,), (2,)), ((2,), (0,))}
    unpaired = {(row.op, row.a, row.b) for row in result.rows if not (row.a and row.b)}
    assert unpaired == {("deleted", (3,), ()), ("inserted", (), (3,))}


def test_n_way_compare_base_against_each(sample_text, revised_text):
    from storydiff.core.compare import compare_many

    docs = [analyse(sample_text), analyse(revised_text), analyse(sample_text)]
    results = compare_many(docs)
    assert [(i, j) for i, j, _ in results] == [(0, 1), (0, 2)]
    assert {row.op for row in results[1][2].rows} == {"equal"}


def _edit(sentences, rng):
    """Delete, duplicate-insert, move or reword some sentences."""
    out = list(sentences)
    for _ in range(rng.randint(1, 6)):
        action = rng.choice(["delete", "move", "reword", "insert"])
        k = rng.randrange(len(out))
        if action == "delete" and len(out) > 2:
            out.pop(k)
        elif action == "move":
            out.insert(rng.randrange(len(out)), out.pop(k))
        elif action == "reword":
            out[k] = out[k].replace(" the ", " a ", 1) + " Officials declined to comment."
        else:
            out.insert(k, "A brand new sentence about harbour cranes appears here.")
    return out


@settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(seed=st.integers(0, 10_000))
def test_every_content_sentence_is_in_exactly_one_row_and_diffs_rebuild(sample_text, seed):
    rng = random.Random(seed)
    a = analyse(sample_text)
    edited = _edit([s.text for s in a.content_sentences], rng)
    b = analyse("\n".join(edited))
    result = compare(a, b)
    for doc, side in ((a, "a"), (b, "b")):
        seen = sorted(i for row in result.rows for i in getattr(row, side))
        assert seen == [s.index for s in doc.content_sentences]
    for row in result.rows:
        if row.a:
            start, end = a.sentences[row.a[0]].start, a.sentences[row.a[-1]].end
            old = "".join(a.text[s.a_start : s.a_end] for s in row.diff if s.op != INSERT)
            assert old == a.text[start:end]
        if row.b:
            start, end = b.sentences[row.b[0]].start, b.sentences[row.b[-1]].end
            new = "".join(b.text[s.b_start : s.b_end] for s in row.diff if s.op != DELETE)
            assert new == b.text[start:end]


def test_outlet_rewrite_aligns_each_sentence_with_the_one_it_reports(sample_text):
    import json
    from pathlib import Path

    fixtures = Path(__file__).parent / "fixtures"
    rewrite = analyse((fixtures / "outlet-rewrite.txt").read_text(encoding="utf-8"))
    expected = json.loads((fixtures / "outlet-rewrite.pairs.json").read_text())["pairs"]
    original = analyse(sample_text)
    result = compare(original, rewrite)
    assert result.mode == "coverage"
    for rewrite_start, original_start in expected:
        (row,) = [
            r
            for r in result.rows
            if any(rewrite.sentences[j].text.startswith(rewrite_start) for j in r.b)
        ]
        found = [original.sentences[i].text for i in row.a]
        if original_start is None:
            assert found == [], rewrite_start
        else:
            assert any(text.startswith(original_start) for text in found), (rewrite_start, found)


def test_sentence_rewritten_in_place_is_changed_not_deleted_and_inserted():
    a = analyse(
        "The mayor opened the bridge on Monday.\n"
        "Putin may announce a second mobilization wave in the coming days.\n"
        "Traffic resumed in the afternoon."
    )
    b = analyse(
        "The mayor opened the bridge on Monday.\n"
        "Putin is expected to declare another wave of mobilization soon, officials believe.\n"
        "Traffic resumed in the afternoon."
    )
    assert changes(compare(a, b, "revision")) == [("changed", (1,), (1,))]


def test_unrelated_replacement_in_place_stays_deleted_and_inserted():
    a = analyse("The mayor opened the bridge.\nRain fell on the coast.\nTraffic resumed later.")
    b = analyse("The mayor opened the bridge.\nSenators debated tax cuts.\nTraffic resumed later.")
    assert changes(compare(a, b, "revision")) == [("deleted", (1,), ()), ("inserted", (), (1,))]


def test_coverage_pairs_paraphrased_headlines_and_leads_by_their_facts():
    from storydiff.core.story import compare_documents

    a = analyse(
        "Earthquake kills at least 23\n\n"
        "A strong earthquake killed at least 23 people in the east on Monday, officials said.\n\n"
        "Photo: rescuers search the rubble.\n\n"
        "Schools will stay closed this week.\n"
    )
    b = analyse(
        "Quake death toll rises to 23\n\n"
        "At least 23 people died after the strong quake hit the east, the agency said.\n\n"
        "The region's football season has been suspended.\n"
    )
    (pair,) = compare_documents([a, b], mode="coverage").pairs
    rows = {(r.a, r.b) for r in pair.comparison.rows}
    assert ((0,), (0,)) in rows  # headline with headline
    assert ((1,), (1,)) in rows  # lead with lead, the caption not merged into it
    assert ((), (2,)) in rows  # the unrelated sentence stays unpaired


def test_coverage_pairs_headlines_that_state_one_measure_with_other_values():
    from storydiff.core.story import compare_documents

    a = analyse(
        "Earthquake kills at least 23\n\n"
        "A powerful earthquake struck the province on Monday, killing at least 23 people.\n"
    )
    b = analyse("Death toll rises to 31\n\nThe quake has killed 31 people, state media reported.\n")
    (pair,) = compare_documents([a, b], mode="coverage").pairs
    rows = {(r.a, r.b) for r in pair.comparison.rows}
    assert ((0,), (0,)) in rows and ((1,), (1,)) in rows
    changed = [(d.old.text, d.new.text) for d in pair.differences if d.kind == "figure_changed"]
    assert changed == [("at least 23 people", "31 people")]  # one toll, listed once


def test_coverage_reads_number_words_as_digits():
    from storydiff.core.align import _coverage_word

    assert _coverage_word("tenth") == _coverage_word("10th") == "10th"
    assert _coverage_word("died") == _coverage_word("killed") == _coverage_word("deaths")
    assert _coverage_word("hurt") == _coverage_word("injured")
    assert _coverage_word("rose") != _coverage_word("surged")  # rises say little alone
    assert _coverage_word("eight") == "8" and _coverage_word("one") == "one"
    a = analyse("The bank raised rates for the tenth consecutive time.\nFarmers protested in Lyon.")
    b = analyse(
        "Stocks fell in Tokyo.\nRates went up for the 10th consecutive time, the bank said."
    )
    result = compare(a, b, mode="coverage")
    assert ((0,), (1,)) in {(row.a, row.b) for row in result.rows if row.a and row.b}


def test_coverage_pairs_sentences_that_state_one_fact_in_other_words():
    from storydiff.core.story import compare_documents

    a = analyse(
        "Floods hit the north on Monday.\nSchools were closed.\n"
        "Rescuers said the water killed 36 people in Dhading when the river burst its banks.\n"
        "Roads were shut."
    )
    b = analyse(
        "Heavy rain fell across the region.\nTrains were cancelled.\nMarkets stayed open.\n"
        "Officials counted 38 dead in Dhading West on Tuesday."
    )
    rows = compare_documents([a, b], mode="coverage").pairs[0].comparison.rows
    assert {(row.a, row.b) for row in rows if row.a and row.b} == {((2,), (3,))}
    # the sentences share little but the toll of one district: fact matching pairs them
    assert not {(row.a, row.b) for row in compare(a, b, mode="coverage").rows if row.a and row.b}


def test_a_lead_pairs_with_the_lead_when_only_one_outlet_has_a_headline():
    from storydiff.core.align import opening_roles
    from storydiff.core.story import compare_documents

    a = analyse(
        "A storm killed at least 12 people in the north on Friday, officials said.\n"
        "Roads were closed across the region."
    )
    b = analyse(
        "Storm toll rises to 15\n\n"
        "The storm killed 15 people in the north on Friday, police said.\n"
        "Schools stayed shut."
    )
    assert opening_roles(a.content_sentences) == {0: "lead"}
    assert opening_roles(b.content_sentences) == {0: "headline", 1: "lead"}
    rows = compare_documents([a, b], mode="coverage").pairs[0].comparison.rows
    assert ((0,), (1,)) in {(row.a, row.b) for row in rows if row.a and row.b}


def test_the_lead_follows_standfirst_and_caption_lines_after_the_headline():
    from storydiff.core.align import opening_roles

    doc = analyse(
        "Harbour crane falls in Portmere\n\n"
        "Two workers hurt as the crane gives way\n\n"
        "The fallen crane on the quay at dawn\n\n"
        "A harbour crane collapsed in Portmere on Tuesday, injuring two workers.\n"
        "Work stopped at the port."
    )
    assert opening_roles(doc.content_sentences) == {0: "headline", 3: "lead"}
    plain = analyse("Crane falls\n\nA crane collapsed on Tuesday.\nWork stopped.")
    assert opening_roles(plain.content_sentences) == {0: "headline", 1: "lead"}


def test_a_sentence_stating_two_facts_pairs_with_the_two_sentences_that_state_them():
    from storydiff.core.align import align

    a = analyse(
        "Factories in Norland added 41,000 jobs in May, while the jobless rate rose to 6.2%, "
        "the statistics office said.\n"
        "Exports were steady."
    ).content_sentences
    b = analyse(
        "Norland employers put 41,000 workers on their payrolls in May, the office said.\n"
        "Unemployment rose to 6.2 percent.\n"
        "In April the office had said Norland factories added 41,000 jobs and the jobless "
        "rate was 6.1%.\n"
        "Exports were steady."
    ).content_sentences
    # fact matching's pairs, as tokens: the May jobs (0 ~ 0), the rate (0 ~ 1), and
    # April's figures, which the first outlet does not state
    evidence = ([{"f:0", "f:1"}, set()], [{"f:0"}, {"f:1"}, {"f:2"}, set()])
    links = {(link.a, link.b) for link in align(a, b, "coverage", evidence).links}
    assert ((0,), (0, 1)) in links
    assert ((), (2,)) in links  # April's report is not joined, however alike its words


def test_a_body_sentence_that_says_as_much_pairs_before_a_headline():
    from storydiff.core.story import compare_documents

    a = analyse(
        "Harbour chief jailed for 12 years - live\n\n"
        "Crowds gathered outside the court in Portmere.\n"
        "The former harbour chief has been jailed for 12 years for fraud at the port.\n"
    )
    b = analyse(
        "The former harbour chief has been jailed for 12 years in a Portmere prison for fraud.\n"
        "Dockers cheered the verdict.\n"
    )
    rows = compare_documents([a, b], mode="coverage").pairs[0].comparison.rows
    assert ((2,), (0,)) in {(row.a, row.b) for row in rows}


def test_sentences_giving_near_sums_pair_however_few_words_they_share():
    from storydiff.core.fact_items import sentence_evidence
    from storydiff.core.story import compare_documents
    from storydiff.core.tagging import extract

    a = analyse(
        "Harbour verdict.\n"
        "Before the jury retired, the two dockers asked for more than $37 million.\n"
        "Ferries ran late on Monday."
    )
    b = analyse(
        "Harbour verdict.\n"
        "Buses ran on time.\n"
        "The dockers had sought $38 million in damages, split between them."
    )
    evidence = tuple(
        [sentence_evidence(doc, extract(doc)).get(s.index, set()) for s in doc.content_sentences]
        for doc in (a, b)
    )
    assert "n:money:40000000.0" in evidence[0][1] & evidence[1][2]
    rows = compare_documents([a, b], mode="coverage").pairs[0].comparison.rows
    assert ((1,), (2,)) in {(row.a, row.b) for row in rows}
    # a sum of another size shares no such token
    c = analyse("Harbour verdict.\nVarga had sought $90 million in damages.")
    far = sentence_evidence(c, extract(c))
    assert not any("n:money:40000000.0" in tokens for tokens in far.values())


def test_a_sentence_stating_two_facts_stated_apart_far_off_is_also_paired_with_the_second():
    from storydiff.core.align import align

    a = analyse(
        "Storm news.\n"
        "The storm killed 14 people in Portmere and left 2,300 homes without power, "
        "the mayor said.\n"
        "Schools stayed shut."
    ).content_sentences
    b = analyse(
        "The storm killed 14 people in Portmere, police said.\n"
        "Ferries were cancelled.\n"
        "Markets stayed open.\n"
        "Some 2,300 homes were still dark on Monday evening.\n"
        "Buses ran late."
    ).content_sentences
    # fact matching's pairs, as tokens: the toll (1 ~ 0) and the homes without power (1 ~ 3)
    evidence = ([set(), {"f:0", "f:1"}, set()], [{"f:0"}, set(), set(), {"f:1"}, set()])
    alignment = align(a, b, "coverage", evidence)
    assert ((1,), (0,)) in {(link.a, link.b) for link in alignment.links}
    assert [(link.a, link.b) for link in alignment.also] == [((1,), (3,))]
    # without a shared fact, and with few words in common, a sentence is in one pair only
    plain = align(a, b, "coverage", ([set()] * 3, [set()] * 5))
    assert plain.also == ()
    # a sum both give counts as one fact; a count alone (which recurs too often) does not
    toll, homes = "v:count:(14.0, None)", "v:count:(2300.0, None)"
    bill = "v:money:(2300.0, None)"
    by_sum = align(
        a, b, "coverage", ([set(), {toll, bill}, set()], [{toll}, set(), set(), {bill}, set()])
    )
    assert [(link.a, link.b) for link in by_sum.also] == [((1,), (3,))]
    by_count = align(
        a, b, "coverage", ([set(), {toll, homes}, set()], [{toll}, set(), set(), {homes}, set()])
    )
    assert by_count.also == ()


def test_a_sentence_saying_much_of_what_a_second_says_is_also_paired_without_a_figure():
    from storydiff.core.align import align

    a = analyse(
        "Harbour news.\n"
        "Ms Varga called meeting Keller the biggest regret of her life.\n"
        "Ferries ran late.\n"
        "She hoped her sentence would bring peace to the victims."
    ).content_sentences
    b = analyse(
        "Varga addressed the court, saying meeting Keller was the biggest regret of her life "
        "and that she hoped her sentence would bring the victims peace.\n"
        "Dockers cheered the verdict."
    ).content_sentences
    none = ([set()] * len(a), [set()] * len(b))
    alignment = align(a, b, "coverage", none)
    pairs = {(link.a, link.b) for link in alignment.links} | {
        (link.a, link.b) for link in alignment.also
    }
    assert {((1,), (0,)), ((3,), (0,))} <= pairs
    # a sentence that shares a word or two is in no pair
    assert all(link.a != (2,) for link in alignment.also)
    # nor one far less alike than the pair the other sentence is in (one of many alike lines)
    c = analyse(
        "Council vote.\n"
        "The Harbour Party won 41 seats in the Portmere council vote on Sunday.\n"
        "Ferries ran late."
    ).content_sentences
    d = analyse(
        "Council vote.\n"
        "The Harbour Party won 41 seats in the Portmere council vote on Sunday, officials said.\n"
        "Buses ran on time.\n"
        "Turnout in the Portmere council vote on Sunday was the highest in years, officials said."
    ).content_sentences
    assert align(c, d, "coverage", ([set()] * len(c), [set()] * len(d))).also == ()


def test_also_rows_come_only_in_coverage_and_stand_after_their_a_row_in_json():
    from storydiff.core.story import compare_documents
    from storydiff.render.json_out import story_to_dict

    a = analyse(
        "The storm killed 14 people in Portmere and left 2,300 homes without power on "
        "Sunday, the mayor said.\n"
        "Schools stayed shut."
    )
    b = analyse(
        "The storm killed 14 people in Portmere on Sunday, police said.\n"
        "Ferries were cancelled.\n"
        "Markets stayed open.\n"
        "Some 2,300 homes in Portmere were without power on Sunday evening.\n"
        "Buses ran late."
    )
    story = compare_documents([a, b], mode="coverage")
    comparison = story.pairs[0].comparison
    assert [(row.op, row.a, row.b) for row in comparison.also] == [("also", (0,), (3,))]
    # each sentence is still in exactly one ordinary row
    assert sorted(j for row in comparison.rows for j in row.b) == [0, 1, 2, 3, 4]
    rows = story_to_dict(story)["comparisons"][0]["alignment"]
    ops = [(row["op"], row["a"], row["b"]) for row in rows]
    first = ops.index(("changed", [0], [0])) if ("changed", [0], [0]) in ops else None
    assert first is not None and ops[first + 1] == ("also", [0], [3])
    assert "edit_class" not in rows[first + 1]
    revision = compare_documents([a, b], mode="revision").pairs[0].comparison
    assert revision.also == ()


def test_headlines_that_give_one_toll_pair_however_few_words_they_share():
    from storydiff.core.story import compare_documents

    a = analyse(
        "Five dead in Portmere after magnitude 6.0 quake\n\n"
        "A magnitude 6.0 earthquake rocked Portmere on Tuesday night, damaging the harbour.\n"
        "The harbour master said the quake's magnitude was the highest in a decade."
    )
    b = analyse(
        "Toll in Norland tremor rises to 10, but only 7 still missing\n\n"
        "Rescuers found three more bodies in a leaning tower on Thursday.\n"
        "The magnitude-6.4 quake struck at 11.50pm on Tuesday, damaging the harbour of Portmere."
    )
    rows = compare_documents([a, b], mode="coverage").pairs[0].comparison.rows
    assert ((0,), (0,)) in {(row.a, row.b) for row in rows}


def test_coverage_pairs_sentences_that_give_one_amount_in_other_words():
    from storydiff.core.story import compare_documents

    a = analyse(
        "The singer won her case against the magazine on Friday.\n"
        "She had sought $40 million.\n"
        "The magazine said it would appeal."
    )
    b = analyse(
        "A jury found for the singer on Friday.\n"
        "The star sued the publisher and its senior editors for $40m over a column about her "
        "marriage and her career.\n"
        "Lawyers for the publisher declined to comment."
    )
    pairs = {
        (row.a, row.b)
        for row in compare_documents([a, b], mode="coverage").pairs[0].comparison.rows
        if row.a and row.b
    }
    assert ((1,), (1,)) in pairs
    # the same sentences with different sums share too little to pair
    c = analyse(b.text.replace("$40m", "damages"))
    rows = compare_documents([a, c], mode="coverage").pairs[0].comparison.rows
    assert ((1,), (1,)) not in {(row.a, row.b) for row in rows if row.a and row.b}
