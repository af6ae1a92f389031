"""Rasa's model graphs run in dependency order, without dask's scheduler.

Every turn runs the NLU graph once and the policy graph once per predicted action. Rasa 3.6 hands
each run to `dask.get`, which orders the graph, fills work queues and wraps every node in
bookkeeping, and before that prunes the whole schema down to the targets again. For graphs of a
dozen nodes that run on one thread anyway, this overhead was about a tenth of a worker's CPU
(docs/performance.md). Here the pruned graph is kept per set of targets, and each node is called
once, after the nodes it needs, with their results: what dask's synchronous scheduler does.
Errors are raised as under dask (a RuntimeError becomes Rasa's GraphRunError); the outputs are the
same (tests/e2e/test_graph_runner.py compares both on the trained model).
"""

from __future__ import annotations

from typing import Any, Optional

from rasa.engine.exceptions import GraphRunError
from rasa.engine.runner.dask import DaskGraphRunner

RASA_RUN = DaskGraphRunner.run  # Rasa's own, for the tests and the switch
_GRAPHS = "_flexbot_graphs"


def _graph(runner: DaskGraphRunner, targets: tuple[str, ...]) -> dict[str, Any]:
    """A fresh copy of the task graph that computes `targets` (built once per runner and targets)."""
    graphs: dict[tuple[str, ...], dict[str, Any]] = runner.__dict__.setdefault(_GRAPHS, {})
    graph = graphs.get(targets)
    if graph is None:
        schema = runner._graph_schema.minimal_graph_schema(list(targets))
        graph = graphs[targets] = runner._build_dask_graph(schema)
    return dict(graph)


def run(
    self: DaskGraphRunner, inputs: Optional[dict[str, Any]] = None, targets: Optional[list[str]] = None
) -> dict[str, Any]:
    run_targets = targets if targets else self._graph_schema.target_names
    graph = _graph(self, tuple(run_targets))
    if inputs:
        self._add_inputs_to_graph(inputs, graph)
    done: dict[str, Any] = {}

    def value(key: str) -> Any:
        if key not in done:
            task = graph[key]
            if isinstance(task, tuple) and task and callable(task[0]):  # (node, *names of what it needs)
                needs = [value(need) if isinstance(need, str) and need in graph else need for need in task[1:]]
                done[key] = task[0](*needs)
            else:  # an input: (name, value), passed on as it is
                done[key] = task
        return done[key]

    try:
        return dict(value(target) for target in run_targets)
    except RuntimeError as error:
        raise GraphRunError("Error running runner.") from error


def apply() -> None:
    DaskGraphRunner.run = run


def restore() -> None:
    DaskGraphRunner.run = RASA_RUN
