"""`python -m timeline.evaluate DIR [--json FILE] [--errors N]`: the evaluation without the CLI.

Handy while working on the tagger; prints the same table as `timeline eval timeml`.
"""

from __future__ import annotations

import argparse
import sys

from timeline.errors import TimelineError, UsageError


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m timeline.evaluate",
        description="Score the temporal tagger on a folder of TimeML (.tml) files.")
    parser.add_argument("directory", help="folder holding .tml files (searched recursively)")
    parser.add_argument("--json", metavar="FILE", help="also write the report as JSON")
    parser.add_argument("--errors", metavar="N", type=int, default=0,
                        help="list the N most frequent value errors, misses and spurious spans")
    args = parser.parse_args(argv)
    from timeline.evaluate.report import format_report
    from timeline.evaluate.run import evaluate_directory, write_json

    try:
        if args.errors < 0:
            raise UsageError(f"--errors must be 0 or more, got {args.errors}")
        report = evaluate_directory(args.directory)
        sys.stdout.write(format_report(report, errors=args.errors))
        if args.json:
            write_json(report, args.json)
    except TimelineError as error:
        print(f"timeline: {error}", file=sys.stderr)
        return error.exit_code
    return 0


if __name__ == "__main__":
    sys.exit(main())
