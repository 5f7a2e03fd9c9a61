export default async function Home() {
  const res = await fetch(`${process.env.API_URL}/ships`, { cache: 'no-store' });
  const ships: { id: number; name: string }[] = await res.json();
  return (
    <ul>
      {ships.map((s) => (
        <li key={s.id}>{s.name}</li>
      ))}
    </ul>
  );
}
