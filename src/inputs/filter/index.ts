export { FilterInput } from './FilterInput';
