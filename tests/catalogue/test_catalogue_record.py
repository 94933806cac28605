"""Record validation: clear ValueErrors naming the field; plain-dict round trip."""
import pytest

from catalogue_records import full_record
from motifstudio.catalogue.record import Consent, Contributor, Meaning, Name, Record, check_date


def test_dict_round_trip_keeps_every_field():
    r = full_record()
    assert Record.from_dict(r.to_dict()) == r
    assert r.name_for("ky").tag == "ky-Cyrl"


@pytest.mark.parametrize("date", ["1950", "1950-06", "1950-06-21", "c. 1950", "c.1950",
                                  "1950s", "1950?", "1950/1960", ""])
def test_dates_may_be_approximate(date):
    assert check_date(date, "date_made") == date


@pytest.mark.parametrize("date", ["50", "1950-13", "June 1950", "1950-06-32"])
def test_bad_dates_are_refused(date):
    with pytest.raises(ValueError, match="date_made"):
        Record(title="x", date_made=date)


@pytest.mark.parametrize("kw, match", [
    ({"title": " "}, "title"),
    ({"technique": "knitting"}, "technique"),
    ({"extent_cm": (0, 10)}, "extent_cm"),
    ({"extent_cm": "big"}, "extent_cm"),
    ({"names": (Name("a", "ky", "Cyrl"), Name("b", "ky", "Cyrl"))}, "ky-Cyrl"),
    ({"names": ("кочкор",)}, "names"),
    ({"subject": "horn"}, "subject"),
])
def test_invalid_records(kw, match):
    with pytest.raises(ValueError, match=match):
        Record(**{"title": "x", **kw})


def test_parts_validate():
    with pytest.raises(ValueError, match="script"):
        Name("кочкор", "ky", "cyrillic")
    with pytest.raises(ValueError, match="role"):
        Contributor("A", "boss")
    with pytest.raises(ValueError, match="meaning"):
        Meaning("")
    with pytest.raises(ValueError, match="date"):
        Consent("Community", "archive", "")
    assert Record(title="x", technique=" Suzani ").technique == "suzani"
