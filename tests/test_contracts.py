"""pandera contracts: a violation names the table, column, check and the failing rows."""

from __future__ import annotations

import pytest

from tests.conftest import ROOT
from validation.contracts import check_tables
from validation.errors import ContractError
from validation.load import read_corpus
from validation.store import Store


@pytest.fixture
def store(tmp_path):
    with Store(tmp_path / "x.duckdb") as store:
        store.sync_articles(read_corpus(ROOT / "corpus"))
        yield store


def test_loaded_seed_tables_satisfy_their_contracts(store):
    assert check_tables(store.con)["articles"] == 5


def test_violations_name_table_column_check_and_article(store):
    store.con.execute("UPDATE articles SET published_precision = 'week' "
                      "WHERE article_id = '002_b6cc8ca60fd0e39b'")
    store.con.execute("UPDATE articles SET body = '  ' WHERE article_id = '003_eb47b517691dc6ae'")
    store.con.execute("INSERT INTO articles SELECT * FROM articles "
                      "WHERE article_id = '004_7f2f74db0f2091c9'")
    with pytest.raises(ContractError) as raised:
        check_tables(store.con)
    text = str(raised.value)
    assert "table articles: column published_precision fails isin" in text
    assert "article_id='002_b6cc8ca60fd0e39b'" in text
    assert "column body fails not_blank" in text and "003_eb47b517691dc6ae" in text
    assert "article_id is not unique: '004_7f2f74db0f2091c9' x2" in text


def test_claims_contract_rejects_inverted_intervals(store):
    store.con.execute("INSERT INTO claims (claim_id, article_id, value_low, value_high) "
                      "VALUES ('c1', '000_ff9379563cc96bce', 10, 5)")
    with pytest.raises(ContractError, match="value_low_not_above_value_high"):
        check_tables(store.con, ["claims"])


def test_a_run_checks_the_rows_it_wrote_and_the_command_checks_every_row(store):
    """The fixture's load touched all five seeds; emptied, the run would check none."""
    store.con.execute("UPDATE articles SET published_precision = 'week' "
                      "WHERE article_id = '002_b6cc8ca60fd0e39b'")
    with pytest.raises(ContractError, match="002_b6cc8ca60fd0e39b"):
        check_tables(store.con, ["articles"], touched_only=True)
    store.con.execute("DELETE FROM touched_articles")
    assert check_tables(store.con, ["articles"], touched_only=True)["articles"] == 0
    store.con.execute("INSERT INTO articles SELECT * FROM articles "
                      "WHERE article_id = '004_7f2f74db0f2091c9'")
    with pytest.raises(ContractError) as raised:  # uniqueness: always the whole table
        check_tables(store.con, ["articles"], touched_only=True)
    assert "not unique" in str(raised.value) and "week" not in str(raised.value)
    with pytest.raises(ContractError, match="published_precision fails isin"):
        check_tables(store.con, ["articles"])


def test_contracts_on_a_duckdb_file_without_our_tables_is_a_clear_error(invoke, tmp_path):
    import duckdb

    path = tmp_path / "other.duckdb"
    with duckdb.connect(str(path)) as con:
        con.execute("CREATE TABLE sales (id INTEGER)")
    result = invoke("contracts", "--db", path)
    assert result.exit_code == 2
    assert "not one of ours" in result.stderr and "other.duckdb" in result.stderr
