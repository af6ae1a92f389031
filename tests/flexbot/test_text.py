from flexbot.text import NLU_MAX_CHARS, clean_text


def test_control_and_zero_width_characters_are_removed():
    assert clean_text("hallo\x00\x07 daar\u200b\r\n") == "hallo daar"
    assert clean_text("hal\x00lo\x07\x1b") == "hallo"  # inserted junk is dropped, not a word break


def test_whitespace_only_and_none_become_empty():
    assert clean_text("  \t\n ") == ""
    assert clean_text(None) == ""


def test_long_text_is_cut_on_a_word_boundary_for_nlu():
    text = "woord " * 5000
    cleaned = clean_text(text)
    assert len(cleaned) <= NLU_MAX_CHARS
    assert cleaned.endswith("woord")


def test_emoji_and_html_are_kept_as_text():
    assert clean_text("😡 <b>boos</b>") == "😡 <b>boos</b>"
