"""catalog.yml (what suites may name) must match the pinned Great Expectations."""

import yaml

from validation.expect.catalog import CATALOG_FILE, catalog_from_gx, load_catalog


def test_catalog_matches_installed_great_expectations():
    catalog = yaml.safe_load(CATALOG_FILE.read_text(encoding="utf-8"))["expectations"]
    assert catalog == catalog_from_gx(), "regenerate with: python -m validation.expect.catalog"


def test_catalog_has_the_expectations_our_suites_use():
    catalog = load_catalog()
    for name in ("expect_column_values_to_be_unique", "expect_column_values_to_be_between",
                 "unexpected_rows_expectation", "expect_compound_columns_to_be_unique"):
        assert name in catalog
