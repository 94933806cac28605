"""A small archive for the exchange tests: two traced projects with full metadata, one TIFF scan."""
import io

import numpy as np
import pytest
from PIL import Image

from catalogue_records import full_record, palette, trace_l_motif
from motifstudio.catalogue import Catalogue, Name, Record
from motifstudio.catalogue.ingest import read_project_files


def build_archive(d):
    """A catalogue at d/arch with records 1 (shyrdak, all fields), 2 (suzani), 3 (TIFF, no project)."""
    red, blue = trace_l_motif(d, "red", (150, 20, 30)), trace_l_motif(d, "blue", (30, 60, 140))
    cat_path = d / "arch" / "catalogue.sqlite"
    with Catalogue(cat_path) as cat:
        for path, record in ((red, full_record()),
                             (blue, Record(title="Bodom <&> \"almond\"", technique="suzani",
                                           place="Bukhara", names=(Name("bodom", "uz", "Latn"),
                                                                   Name("миндаль", "ru", "Cyrl")),
                                           licence="CC BY 4.0"))):
            f = read_project_files(path)
            cat.add(record, original=f.original, original_name=f.original_name,
                    original_media_type=f.original_media_type, project=f.project,
                    thumbnail=f.thumbnail, palette=f.palette)
        buf = io.BytesIO()
        Image.fromarray(np.full((30, 40, 3), 90, np.uint8)).save(buf, format="TIFF")
        cat.add(Record(title="Ikat scan", technique="ikat", place="Margʻilon",
                       names=(Name("abr", "uz", "Latn"),)),
                original=buf.getvalue(), original_name="ikat scan 01.tif",
                original_media_type="image/tiff", palette=palette("#1030a0", "#f0e0c0"))
    return cat_path


@pytest.fixture(scope="session")
def archive_path(tmp_path_factory):
    return build_archive(tmp_path_factory.mktemp("archive"))
