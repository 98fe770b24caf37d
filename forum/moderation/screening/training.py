"""Train the learned second opinion (``learned``) from labelled posts.

Plain logistic regression fitted with AdaGrad, in pure Python: a few thousand
posts train in about a minute, with a fixed seed and a fixed feature order so the
same files always give the same weights. Features seen in a single post are
dropped: they cannot generalise and would only bloat the weights file.
"""

from __future__ import annotations

import math
import random
from collections import Counter
from collections.abc import Sequence
from typing import Any

from .learned import FEATURE_VERSION, LABELS, evidence_scale, features
from .text import _mask_quotes, _quoted_lines, fold

EPOCHS = 10
LEARNING_RATE = 0.5
L2 = 3e-3
SEED = 1
MIN_POSTS_PER_FEATURE = 2
DECIMALS = 3


def post_features(text: str) -> list[str]:
    masked = _mask_quotes(text)
    quote = fold(_quoted_lines(text)) if masked != text else ""
    return features(fold(masked), quote)


def _fit(
    rows: list[list[int]], targets: list[int], n_features: int, l2: float, epochs: int
) -> tuple[list[float], float]:
    weights = [0.0] * n_features
    squares = [1e-8] * n_features
    bias, bias_square = 0.0, 1e-8
    order = list(range(len(rows)))
    shuffle = random.Random(SEED).shuffle  # noqa: S311 (a fixed order, not a secret)
    for _ in range(epochs):
        shuffle(order)
        for i in order:
            row = rows[i]
            scale = evidence_scale(len(row))
            z = bias + scale * sum(weights[f] for f in row)
            error = 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z)))) - targets[i]
            for f in row:
                gradient = error * scale + l2 * weights[f]
                squares[f] += gradient * gradient
                weights[f] -= LEARNING_RATE * gradient / math.sqrt(squares[f])
            bias_square += error * error
            bias -= LEARNING_RATE * error / math.sqrt(bias_square)
    return weights, bias


def train(
    items: Sequence[dict[str, Any]], *, l2: float = L2, epochs: int = EPOCHS
) -> dict[str, Any]:
    """Weights for every label from validated items ({text, unsafe, category}), as the
    JSON object ``learned.Classifier.from_json`` reads."""
    feature_sets = [post_features(item["text"]) for item in items]
    counts = Counter(f for found in feature_sets for f in set(found))
    vocabulary = sorted(f for f, n in counts.items() if n >= MIN_POSTS_PER_FEATURE)
    index = {f: i for i, f in enumerate(vocabulary)}
    # A feature keeps its repeats: a word said twice weighs twice, as when screening.
    rows = [sorted(index[f] for f in found if f in index) for found in feature_sets]
    columns: list[list[float]] = []
    biases: list[float] = []
    for label in LABELS:
        if label == "unsafe":
            targets = [int(item["unsafe"]) for item in items]
        else:
            targets = [int(item["unsafe"] and item.get("category") == label) for item in items]
        weights, bias = _fit(rows, targets, len(vocabulary), l2, epochs)
        columns.append(weights)
        biases.append(round(bias, DECIMALS))
    return {
        "feature_version": FEATURE_VERSION,
        "labels": list(LABELS),
        "bias": biases,
        "weights": {
            f: [round(column[i], DECIMALS) for column in columns] for i, f in enumerate(vocabulary)
        },
    }
