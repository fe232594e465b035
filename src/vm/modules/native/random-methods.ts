// The methods of random.Random on top of the Mersenne Twister, so seeded programs print what
// CPython prints. https://docs.python.org/3/library/random.html
export * from './random-sequences';
export * from './random-distributions';
