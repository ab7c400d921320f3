from storydiff.cli.lifetime import run

run()
