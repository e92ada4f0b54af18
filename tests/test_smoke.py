from carneytl.cli import app


def test_the_embedded_store_lists(runner):
    result = runner.invoke(app, ["list", "--json", "--today", "2026-11-28"])
    assert result.exit_code == 0, result.output
    assert '"meng-arrest"' in result.stdout
