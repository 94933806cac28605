"""Shared catalogue test data: a record with every field set, and small palettes."""
from motifstudio.catalogue.record import Consent, Contributor, Meaning, Name, Record
from motifstudio.core.document import Palette, Swatch


def full_record(**changes) -> Record:
    r = Record(
        title="Кочкор мүйүз — ram's horn",
        names=(Name("кочкор мүйүз", "ky", "Cyrl"), Name("qoʻchqor shoxi", "uz", "Latn"),
               Name("бараний рог", "ru", "Cyrl"), Name("ram's horn", "en", "Latn"),
               Name("қўчқор шохи", "uz", "Cyrl")),
        creator="Сыдыкова Айгүл",
        contributors=(Contributor("Bakyt Asanov", "digitiser"),
                      Contributor("Айгүл Сыдыкова", "informant")),
        date_made="c. 1950", date_collected="2025-06-21", date_digitised="2026-11",
        place="Кочкор, Нарын облусу", subject=("horn", "ram", "fertility"),
        description="Red and cream shyrdak panel with a border of ram's horns.",
        type="PhysicalObject", format="application/x-motifstudio", extent_cm=(120.5, 210.0),
        medium="felt", technique="shyrdak", rights="© Naryn felt makers' cooperative",
        licence="CC BY-NC 4.0", source_object_id="NHM-1987-042",
        provenance="Family of the maker; collected in Kochkor in 2025.",
        meanings=(Meaning("Кочкордун мүйүзү — күч жана байлык", "ky", "Айгүл Сыдыкова",
                          "2025-06-21"),
                  Meaning("сила и достаток семьи", "ru", "Айгүл Сыдыкова", "2025-06"),
                  Meaning("protection of the home", "en", "", "")),
        consent=(Consent("Naryn felt makers' cooperative", "archive and non-commercial "
                         "publication", "2025-06-21", "Naryn felt makers' cooperative"),))
    return r.replace(**changes) if changes else r


def palette(*hexes) -> Palette:
    from motifstudio.core.colour import hex_to_rgb8
    return Palette(tuple(Swatch.from_rgb(hex_to_rgb8(h)) for h in hexes))


def trace_l_motif(d, name, colour):
    """Trace a small two-colour "L" motif (cream ground) into ``d/name.motif``."""
    import numpy as np
    from PIL import Image

    from motifstudio.cli.main import main
    h, w = 120, 100
    y, x = np.mgrid[0:h, 0:w]
    img = np.full((h, w, 3), (236, 226, 204), np.uint8)
    img[(x > 20) & (x < 45) & (y > 15) & (y < 100)] = colour
    img[(x > 20) & (x < 80) & (y > 75) & (y < 100)] = colour
    Image.fromarray(img).save(d / f"{name}.png")
    out = d / f"{name}.motif"
    assert main(["trace", str(d / f"{name}.png"), "-o", str(out), "--colors", "2",
                 "--width-mm", "100", "-q"]) == 0
    return out
