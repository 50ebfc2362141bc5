"""`python cli.py …` runs the same Typer app as the installed `timeline` command."""

from timeline.cli import main

if __name__ == "__main__":
    main()
