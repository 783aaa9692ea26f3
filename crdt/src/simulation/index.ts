/** Simulated votes (PROTOCOL.md V11.2): a seeded generator of complete signed vote bundles. */
export { SeededRandom } from "./seeded-random.js";
export { BundleWriter } from "./bundle-writer.js";
export { simulatedChoice } from "./simulated-choice.js";
export {
  MAX_SIMULATED_CHAPTERS,
  MAX_SIMULATED_VOTERS,
  simulateVote,
  type SimulatedVote,
  type SimulationOptions,
  type SignerFromSeed,
  type SimulationSummary,
} from "./simulate-vote.js";
