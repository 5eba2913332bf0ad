# The two commands of the README.
.PHONY: map map-offline test bench

map:  ## install the project and build output/map.html from seeds/
	python3 -m pip install --quiet --disable-pip-version-check -e .
	incident-map build

map-offline:  ## the same map, working with no network: Leaflet and its plugins installed once with npm, then inlined
	python3 -m pip install --quiet --disable-pip-version-check -e .
	incident-map assets
	incident-map build --offline

test:  ## install what the tests need (Chromium, Playwright, npm assets) and run the whole suite
	bash scripts/test.sh

bench:  ## print the benchmarks' figures: build, geocoding, CSV, and extraction, map, time per MB as documents grow
	python3 benchmarks/bench_build.py
	python3 benchmarks/bench_geocode.py
	python3 benchmarks/bench_csv.py
	python3 benchmarks/bench_extract.py
	python3 benchmarks/bench_map.py
	python3 benchmarks/bench_scaling.py
