"""Time the safety screener: ``python benchmarks/bench_screening.py [FILE.jsonl]``.

Prints mean and p95 per post in ms over the dev set (short posts), then over two
typical ~250-word posts, the size the 2 ms budget is about, as they are (the classifier
finds them plainly safe, so the detectors are skipped) and with one sentence of advice
added (every detector runs). Not a test: timings
depend on the machine.
"""

from __future__ import annotations

import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from forum.moderation.screening import screen
from forum.moderation.screening_eval import parse_jsonl

DEV_SET = Path(__file__).resolve().parents[1] / "tests" / "data" / "screening_dev.jsonl"
ROUNDS = 5

TYPICAL_EN = """Hi everyone, long time lurker, first post. I'm 44, drank a bottle of wine a night
for about ten years, more at weekends. My GP was sceptical but referred me to an addiction
specialist
in March and we started baclofen at 5 mg three times a day. The plan was to go up 10 mg every three
or four days and see how I felt. The first two weeks were rough: sleepy in the afternoons, a bit
dizzy when I stood up, weird vivid dreams. I stopped driving for a while because I didn't trust
myself, and my partner did the school run.

Around 60 mg things started to shift. I'd pour a glass and forget about it. At 90 mg a day I
noticed I just wasn't thinking about drinking at all, which hasn't happened since my twenties. My
specialist wants to hold here for a month before deciding whether to go higher, and honestly I'm
happy with that.

Things that helped me: keeping a diary of doses and side effects, splitting the dose across the
day, eating something with the evening tablet, and reading this forum at 3am when I couldn't sleep.
Things I'd do differently: I should have told my family earlier, and I should have asked about the
insomnia sooner instead of suffering in silence.

If you're just starting, be patient and keep your doctor in the loop. It's not a magic pill, but
for me it has turned the volume down on the cravings. Thank you all for the support, especially
the people who answered my questions last month."""

TYPICAL_FR = """Bonjour à tous, je lis le forum depuis des mois sans oser écrire. J'ai 52 ans et je
buvais entre une et deux bouteilles de rosé par jour depuis au moins quinze ans. Mon médecin
traitant m'a orienté vers une addictologue qui m'a prescrit du baclofène en janvier, à 15 mg par
jour au début. On monte de 10 mg tous les trois ou quatre jours, comme prévu dans le protocole, et
je note tout dans un carnet.

Les premières semaines ont été difficiles : somnolence l'après-midi, des vertiges en me levant, et
des nuits agitées avec des rêves bizarres. J'ai arrêté de conduire pendant cette période, ma femme a
pris le relais pour les courses. Vers 70 mg j'ai commencé à sentir une vraie différence, le verre
du soir me tentait beaucoup moins.

Aujourd'hui je suis à 110 mg par jour, toujours suivi par mon addictologue qui me voit toutes les
deux semaines. Elle veut stabiliser un moment avant de décider si on continue à monter. Je bois
encore parfois un verre le week-end, mais c'est devenu exceptionnel et je n'y pense plus vraiment.

Ce qui m'a aidé : répartir les prises dans la journée, manger avec le comprimé du soir, et lire vos
témoignages quand je n'arrivais pas à dormir. Si vous commencez, soyez patients et parlez de tout
avec votre médecin. Merci à tous pour votre soutien."""


ADVICE_EN = "Honestly, skip the slow steps and go straight to 150, the sleepiness passes."
ADVICE_FR = "Franchement, saute les paliers et passe direct à 150, la somnolence passe."


def _with_advice(text: str, advice: str) -> str:
    paragraphs = text.split("\n\n")
    return "\n\n".join([*paragraphs[:2], advice, *paragraphs[2:]])


def _time(posts: list[tuple[str, str | None]]) -> list[float]:
    timings: list[float] = []
    for _ in range(ROUNDS):
        for text, lang in posts:
            start = time.perf_counter()
            screen(text, lang=lang)
            timings.append((time.perf_counter() - start) * 1000)
    return timings


def _report(label: str, timings: list[float]) -> None:
    timings = sorted(timings)
    p95 = timings[min(len(timings) - 1, int(len(timings) * 0.95))]
    # The median and minimum say more than the mean on a machine shared with other jobs.
    print(
        f"{label:<32} mean {statistics.mean(timings):6.3f} ms   median "
        f"{statistics.median(timings):6.3f} ms   min {timings[0]:6.3f} ms   p95 {p95:6.3f} ms"
    )


def main() -> None:
    path = Path(sys.argv[1]) if len(sys.argv) > 1 else DEV_SET
    screen("warm up the compiled patterns")
    with path.open(encoding="utf-8") as lines:
        items = parse_jsonl(lines)
    _report(f"{path.name} ({len(items)} posts)", _time([(i["text"], i["lang"]) for i in items]))
    typical = [(TYPICAL_EN, None), (TYPICAL_FR, None)] * 20
    words = sum(len(t.split()) for t, _ in typical[:2]) // 2
    _report(f"typical post (~{words} words)", _time(typical))
    # The same posts with one sentence of advice in the middle: the classifier no longer
    # finds them plainly safe, so every detector runs (the slow path).
    suspect = [
        (_with_advice(TYPICAL_EN, ADVICE_EN), None),
        (_with_advice(TYPICAL_FR, ADVICE_FR), None),
    ]
    _report("typical post, with advice", _time(suspect * 20))


if __name__ == "__main__":
    main()
